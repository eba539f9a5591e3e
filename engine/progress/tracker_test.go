package progress

import (
	"math"
	"testing"
	"time"
)

func TestTrack(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	type want struct {
		rate, eta, percent float64
	}
	tests := []struct {
		name   string
		events []Event
		want   want // of the last event
	}{
		{"rate and ETA from the table's start", []Event{
			{Time: at(0), Kind: Verdict, Table: "a", Total: 1000},
			{Time: at(0), Kind: TableStarted, Table: "a", Total: 1000},
			{Time: at(2), Kind: Rows, Table: "a", Rows: 400, Total: 1000},
		}, want{rate: 200, eta: 3, percent: 40}},
		{"overall percent over every table", []Event{
			{Time: at(0), Kind: Verdict, Table: "a", Total: 100},
			{Time: at(0), Kind: Verdict, Table: "b", Total: 300},
			{Time: at(0), Kind: TableStarted, Table: "a", Total: 100},
			{Time: at(1), Kind: TableDone, Table: "a", Rows: 100},
			{Time: at(2), Kind: Rows, Table: "b", Rows: 100, Total: 300},
		}, want{rate: 100, eta: 2, percent: 50}},
		{"a table without a start is measured from the last one's end", []Event{
			{Time: at(0), Kind: Rows, Table: "a", Rows: 10, Total: 10},
			{Time: at(5), Kind: TableDone, Table: "a", Rows: 10},
			{Time: at(7), Kind: Rows, Table: "b", Rows: 50, Total: 100},
		}, want{rate: 25, eta: 2, percent: 100 * 60.0 / 110}},
		{"done later keeps the rate its rows moved at", []Event{
			{Time: at(0), Kind: TableStarted, Table: "a", Total: 100},
			{Time: at(1), Kind: Rows, Table: "a", Rows: 100, Total: 100},
			{Time: at(60), Kind: TableDone, Table: "a", Rows: 100},
		}, want{rate: 100, percent: 100}},
		{"field verdicts and migrations do not set totals", []Event{
			{Time: at(0), Kind: Verdict, Table: "a", Total: 10},
			{Time: at(0), Kind: Verdict, Table: "a", Field: "x", Total: 10},
			{Time: at(0), Kind: Verdict, Table: MigrationsTable, Field: "shop"},
			{Time: at(1), Kind: Rows, Table: "a", Rows: 5, Total: 10},
		}, want{percent: 50}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Event
			sink := Track(func(e Event) { got = append(got, e) })
			for _, e := range tt.events {
				e.Side, e.Session = "receiver", 1
				sink.Emit(e)
			}
			if len(got) != len(tt.events) {
				t.Fatalf("%d events passed on, want %d", len(got), len(tt.events))
			}
			last := got[len(got)-1]
			near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
			if !near(last.Rate, tt.want.rate) || !near(last.ETA, tt.want.eta) || !near(last.Percent, tt.want.percent) {
				t.Errorf("rate %v eta %v percent %v, want %+v", last.Rate, last.ETA, last.Percent, tt.want)
			}
		})
	}
}

func TestTrack_SessionsApart(t *testing.T) {
	var got []Event
	sink := Track(func(e Event) { got = append(got, e) })
	sink.Emit(Event{Side: "receiver", Session: 1, Kind: Verdict, Table: "a", Total: 10})
	sink.Emit(Event{Side: "receiver", Session: 2, Kind: SessionStarted})
	sink.Emit(Event{Side: "receiver", Session: 2, Kind: Rows, Table: "a", Rows: 5})
	// Session 2 knows no total for a: no percentage yet.
	if p := got[2].Percent; p != 0 {
		t.Errorf("session 2 used session 1's totals: percent %v", p)
	}
}
