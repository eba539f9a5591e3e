package validate

import "github.com/rexdata/rex/engine/progress"

// Emit publishes the report as Verdict events: one per
// table, then one per finding about a field or the table, then the
// migrations' findings.
func (r *Report) Emit(emit func(progress.Event)) {
	for _, t := range r.Tables {
		reason := ""
		if len(t.Findings) == 0 {
			reason = "every field fits"
		}
		emit(progress.Event{Kind: progress.Verdict, Table: t.Destination, Total: t.Rows, Verdict: string(t.Verdict), Message: reason})
		for _, f := range t.Findings {
			emit(progress.Event{Kind: progress.Verdict, Table: t.Destination, Field: f.Field, Total: t.Rows, Verdict: string(f.Verdict), Message: f.Reason})
		}
	}
	for _, f := range r.Migrations {
		app := f.App
		if app == "" {
			app = "(all apps)"
		}
		emit(progress.Event{Kind: progress.Verdict, Table: progress.MigrationsTable, Field: app, Verdict: string(f.Verdict), Message: f.Reason})
	}
}
