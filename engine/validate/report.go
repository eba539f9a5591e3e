package validate

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// ErrMismatch is wrapped by the error [Report.Err] returns: the source does
// not fit the destination, and the run must not start.
var ErrMismatch = errors.New("the source does not fit the destination")

// MismatchError lists a report's errors, most important first.
type MismatchError struct {
	Findings []Finding
}

func (e *MismatchError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s):", ErrMismatch, plural(int64(len(e.Findings)), "error"))
	for _, f := range e.Findings {
		fmt.Fprintf(&b, "\n  %s: %s", f.subject(), f.Reason)
	}
	return b.String()
}

// Unwrap makes errors.Is(err, ErrMismatch) true.
func (e *MismatchError) Unwrap() error { return ErrMismatch }

// Err returns nil unless some finding is an error; then a *[MismatchError]
// listing them one per line, most important first: migrations the
// destination lacks (migrating it usually fixes the rest), then whole
// tables, then fields, each in the order the tables move.
func (r *Report) Err() error {
	var migrations, tables, fields []Finding
	for _, f := range r.Migrations {
		if f.Verdict == Error {
			migrations = append(migrations, f)
		}
	}
	for _, t := range r.Tables {
		for _, f := range t.Findings {
			switch {
			case f.Verdict != Error:
			case f.Field == "":
				tables = append(tables, f)
			default:
				fields = append(fields, f)
			}
		}
	}
	all := append(append(migrations, tables...), fields...)
	if len(all) == 0 {
		return nil
	}
	return &MismatchError{Findings: all}
}

// reportJSON is the JSON document of a report, with counts for readers
// that only want them.
type reportJSON struct {
	Verdict    Verdict     `json:"verdict"`
	Errors     int         `json:"errors"`
	Warnings   int         `json:"warnings"`
	Tables     []TablePlan `json:"tables"`
	Migrations []Finding   `json:"migrations"`
}

// MarshalJSON writes the report as a JSON document with snake_case keys:
// verdict, errors, warnings, tables (source, destination, mode, rows,
// rows_exact, verdict, findings) and migrations; findings have table,
// field, app, verdict and reason. Empty lists are [], never null.
func (r *Report) MarshalJSON() ([]byte, error) {
	doc := reportJSON{Verdict: r.Verdict, Errors: r.Count(Error), Warnings: r.Count(Warning),
		Tables: make([]TablePlan, len(r.Tables)), Migrations: r.Migrations}
	copy(doc.Tables, r.Tables)
	for i := range doc.Tables {
		if doc.Tables[i].Findings == nil {
			doc.Tables[i].Findings = []Finding{}
		}
	}
	if doc.Migrations == nil {
		doc.Migrations = []Finding{}
	}
	return json.Marshal(doc)
}

// UnmarshalJSON reads what MarshalJSON writes; the counts are derived, so
// they are not read back.
func (r *Report) UnmarshalJSON(data []byte) error {
	var doc reportJSON
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("read plan report: %w", err)
	}
	*r = Report{Tables: doc.Tables, Migrations: doc.Migrations, Verdict: doc.Verdict}
	return nil
}
