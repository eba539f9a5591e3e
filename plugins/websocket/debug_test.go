package websocket

import (
	"context"
	"testing"
	"time"
)

func TestDebugCancel(t *testing.T) {
	l, addr := startListener(t, nil)
	client, server := connect(t, l, addr)
	_ = server
	mid, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	big := randomBytes(32 << 20)
	client.Send(context.Background(), big[:1024])
	st := time.Now()
	err := client.Send(mid, big)
	t.Logf("send: %v after %v", err, time.Since(st))
	c := client.(*conn)
	select {
	case <-c.killed:
		t.Logf("killed")
	default:
		t.Logf("not killed")
	}
	time.Sleep(100 * time.Millisecond)
	select {
	case <-c.dead:
		t.Logf("dead: %v", c.err)
	default:
		t.Logf("not dead")
	}
}
