package validate

import (
	"fmt"
	"sort"
	"strings"
)

// checkMigrations compares the applied migrations of both sides, app by
// app: one finding per app that differs.
func checkMigrations(src, dst map[string][]string) []Finding {
	switch {
	case src == nil && dst == nil:
		return nil
	case src == nil:
		return []Finding{{Verdict: Warning, Reason: "the source has no django_migrations table, so its migrations cannot be compared with the destination's"}}
	case dst == nil:
		return []Finding{{Verdict: Warning, Reason: "the destination has no django_migrations table: run `manage.py migrate` on the destination, or its migrations cannot be compared with the source's"}}
	}
	apps := map[string]bool{}
	for app := range src {
		apps[app] = true
	}
	for app := range dst {
		apps[app] = true
	}
	var out []Finding
	for app := range apps {
		srcOnly, dstOnly := minus(src[app], dst[app]), minus(dst[app], src[app])
		var parts []string
		v := OK
		if len(srcOnly) > 0 {
			v = Error
			parts = append(parts, fmt.Sprintf("the source has applied %s; the destination has not — run `manage.py migrate` on the destination", strings.Join(srcOnly, ", ")))
		}
		if len(dstOnly) > 0 {
			v = worst(v, Warning)
			parts = append(parts, fmt.Sprintf("the destination has applied %s; the source has not — the destination is ahead, so its tables may expect fields the source lacks", strings.Join(dstOnly, ", ")))
		}
		if len(parts) > 0 {
			out = append(out, Finding{App: app, Verdict: v, Reason: strings.Join(parts, "; ")})
		}
	}
	sortFindings(out)
	return out
}

// minus returns the names in a and not in b, sorted.
func minus(a, b []string) []string {
	in := make(map[string]bool, len(b))
	for _, n := range b {
		in[n] = true
	}
	var out []string
	for _, n := range a {
		if !in[n] {
			out = append(out, n)
			in[n] = true
		}
	}
	sort.Strings(out)
	return out
}
