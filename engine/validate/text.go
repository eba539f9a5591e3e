package validate

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteText writes the plan for people, as `rex plan` prints it: a line per
// table (source → destination, mode, rows, verdict) with its findings
// below, then the migrations and a summary line. The package
// documentation shows an example. A table marked "!" has an error, one
// marked "+" moves.
func (r *Report) WriteText(w io.Writer) {
	var srcW, dstW, modeW, numW, unitW int
	for _, t := range r.Tables {
		num, unit := rowsCells(t)
		srcW = max(srcW, width(t.Source))
		dstW = max(dstW, width(t.Destination))
		modeW = max(modeW, width(string(t.Mode)))
		numW = max(numW, width(num))
		unitW = max(unitW, width(unit))
	}
	var b strings.Builder
	for _, t := range r.Tables {
		mark := "+"
		if t.Verdict == Error {
			mark = "!"
		}
		num, unit := rowsCells(t)
		fmt.Fprintf(&b, "  %s %s → %s  %s  %s %s  %s\n", mark,
			pad(t.Source, srcW), pad(t.Destination, dstW), pad(string(t.Mode), modeW),
			padLeft(num, numW), pad(unit, unitW), t.Verdict)
		for _, f := range t.Findings {
			writeFinding(&b, f)
		}
	}
	if len(r.Migrations) > 0 {
		if len(r.Tables) > 0 {
			b.WriteString("\n")
		}
		b.WriteString("Migrations:\n")
		for _, f := range r.Migrations {
			writeFinding(&b, f)
		}
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	errs, warns := r.Count(Error), r.Count(Warning)
	fmt.Fprintf(&b, "Plan: %s, %s to move; %s, %s.\n",
		plural(int64(len(r.Tables)), "table"), r.rowsTotal(), plural(int64(errs), "error"), plural(int64(warns), "warning"))
	if errs > 0 {
		b.WriteString("The run would stop before any data moves.\n")
	}
	io.WriteString(w, b.String())
}

// writeFinding writes one indented finding line.
func writeFinding(b *strings.Builder, f Finding) {
	subject := ""
	switch {
	case f.Field != "":
		subject = f.Field + ": "
	case f.App != "":
		subject = "app " + f.App + ": "
	}
	fmt.Fprintf(b, "      %s  %s%s\n", pad(string(f.Verdict), len(Warning)), subject, f.Reason)
}

// rowsCells returns a table's row count ("1,234", "~1,200", "?") and what
// follows it ("rows (exact)").
func rowsCells(t TablePlan) (num, unit string) {
	word := "rows"
	if t.Rows == 1 {
		word = "row"
	}
	switch {
	case t.Rows < 0:
		return "?", "rows (unknown)"
	case t.RowsExact:
		return thousands(t.Rows), word + " (exact)"
	}
	return "~" + thousands(t.Rows), word + " (estimated)"
}

// rowsTotal sums the rows to move: "640 rows", "~640 rows" when some are
// estimated, "at least 640 rows" when some are unknown.
func (r *Report) rowsTotal() string {
	var sum int64
	unknown, estimated := false, false
	for _, t := range r.Tables {
		switch {
		case t.Rows < 0:
			unknown = true
		case !t.RowsExact:
			estimated = true
			sum += t.Rows
		default:
			sum += t.Rows
		}
	}
	s := plural(sum, "row")
	switch {
	case unknown:
		return "at least " + s
	case estimated:
		return "~" + s
	}
	return s
}

// plural writes "1 error", "2 errors", "1,234 rows".
func plural(n int64, word string) string {
	if n != 1 {
		word += "s"
	}
	return thousands(n) + " " + word
}

// thousands writes n with commas: 1,234,567.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func width(s string) int { return utf8.RuneCountInString(s) }

func pad(s string, w int) string { return s + strings.Repeat(" ", max(0, w-width(s))) }

func padLeft(s string, w int) string { return strings.Repeat(" ", max(0, w-width(s))) + s }
