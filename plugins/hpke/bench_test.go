package hpke

import (
	"context"
	"fmt"
	"testing"
)

func BenchmarkCipher_SealOpen(b *testing.B) {
	ctx := context.Background()
	p := make([]byte, 1<<20)
	for _, k := range kems {
		for _, dir := range []string{"s2r", "r2s"} {
			b.Run(fmt.Sprintf("%s/%s/1MiB", k.name, dir), func(b *testing.B) {
				snd, rcv := newSession(b, k.id)
				from, to := snd, rcv
				if dir == "r2s" {
					from, to = rcv, snd
				}
				b.SetBytes(int64(len(p)))
				b.ReportAllocs()
				for b.Loop() {
					c, err := from.Seal(ctx, p)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := to.Open(ctx, c); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func BenchmarkCipher_OfferAccept(b *testing.B) {
	ctx := context.Background()
	for _, k := range kems {
		b.Run(k.name, func(b *testing.B) {
			s, r := genPair(b, "s", k.id), genPair(b, "r", k.id)
			snd, rcv := senderCipher(b, s, r), receiverCipher(b, r, s)
			b.ReportAllocs()
			for b.Loop() {
				h, err := snd.Offer(ctx)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := rcv.Accept(ctx, h); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
