package websocket

import (
	"net"
	"net/netip"
	"sync"
	"time"
)

// sweepAt is the number of tracked addresses above which a failure also
// forgets the addresses whose failures and back-off are over.
const sweepAt = 1024

// limits enforces the listener's max_sessions and the back-off after
// repeated failed token proofs. It is safe for concurrent use.
type limits struct {
	maxSessions int
	failures    int           // failures within authWindow that start a back-off
	backoff     time.Duration // how long a back-off lasts

	mu       sync.Mutex
	sessions int
	peers    map[netip.Prefix]*peerFailures
}

// peerFailures is what limits remembers of one address.
type peerFailures struct {
	times []time.Time // recent failures, oldest first; fewer than failures
	until time.Time   // end of the back-off, if any
}

func newLimits(maxSessions, failures int, backoff time.Duration) *limits {
	return &limits{maxSessions: maxSessions, failures: failures, backoff: backoff, peers: map[netip.Prefix]*peerFailures{}}
}

// peerKey is the address a back-off applies to: the IP of remote (a
// host:port), or its /64 for IPv6, since one host often holds a whole /64.
// ok is false if remote holds no IP.
func peerKey(remote string) (key netip.Prefix, ok bool) {
	host, _, err := net.SplitHostPort(remote)
	if err != nil {
		host = remote
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Prefix{}, false
	}
	ip = ip.Unmap().WithZone("")
	bits := 32
	if ip.Is6() {
		bits = 64
	}
	p, _ := ip.Prefix(bits)
	return p, true
}

// backingOff reports whether remote is in a back-off at now.
func (l *limits) backingOff(remote string, now time.Time) bool {
	key, ok := peerKey(remote)
	if !ok {
		return false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	p := l.peers[key]
	return p != nil && now.Before(p.until)
}

// failed records a failed token proof from remote at now, and reports
// whether it started a back-off.
func (l *limits) failed(remote string, now time.Time) bool {
	key, ok := peerKey(remote)
	if !ok {
		return false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.peers) >= sweepAt {
		l.sweep(now)
	}
	p := l.peers[key]
	if p == nil {
		p = &peerFailures{}
		l.peers[key] = p
	}
	keep := p.times[:0]
	for _, t := range p.times {
		if now.Sub(t) < authWindow {
			keep = append(keep, t)
		}
	}
	p.times = append(keep, now)
	if len(p.times) < l.failures {
		return false
	}
	p.times = nil
	p.until = now.Add(l.backoff)
	return true
}

// succeeded forgets remote's failures after it proved the token.
func (l *limits) succeeded(remote string) {
	if key, ok := peerKey(remote); ok {
		l.mu.Lock()
		delete(l.peers, key)
		l.mu.Unlock()
	}
}

// sweep forgets addresses with no recent failure and no back-off.
func (l *limits) sweep(now time.Time) {
	for k, p := range l.peers {
		if now.After(p.until) && (len(p.times) == 0 || now.Sub(p.times[len(p.times)-1]) >= authWindow) {
			delete(l.peers, k)
		}
	}
}

// acquire takes a session slot and returns the function that gives it
// back (safe to call more than once), or nil if all max_sessions are
// taken.
func (l *limits) acquire() func() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.sessions >= l.maxSessions {
		return nil
	}
	l.sessions++
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			l.sessions--
			l.mu.Unlock()
		})
	}
}
