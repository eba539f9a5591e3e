package websocket

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rexdata/rex/sdk"
)

// writeCert writes a self-signed certificate for 127.0.0.1 and localhost,
// and its key, as name.crt and name.key in dir.
func writeCert(t testing.TB, dir, name string) (certFile, keyFile string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: "rex test receiver " + name},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile = filepath.Join(dir, name+".crt"), filepath.Join(dir, name+".key")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	return certFile, keyFile
}

// fingerprint is the hex SHA-256 of the certificate in a PEM file.
func fingerprint(t testing.TB, certFile string) string {
	t.Helper()
	data, err := os.ReadFile(certFile)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := pem.Decode(data)
	if b == nil {
		t.Fatalf("%s: no PEM block", certFile)
	}
	sum := sha256.Sum256(b.Bytes)
	return hex.EncodeToString(sum[:])
}

// colons writes a fingerprint as openssl does: upper case, colon-separated.
func colons(fp string) string {
	var parts []string
	for i := 0; i < len(fp); i += 2 {
		parts = append(parts, strings.ToUpper(fp[i:i+2]))
	}
	return strings.Join(parts, ":")
}

// configuredSink returns a sink configured with cfg and a short handshake.
func configuredSink(t testing.TB, cfg sdk.Config) sdk.Sink {
	t.Helper()
	cfg["handshake_timeout"] = 2.0
	s := NewSink()
	if d := s.Configure(context.Background(), cfg); d.HasErrors() {
		t.Fatalf("configure sink: %v", d.Err())
	}
	return s
}

func TestSink_Connect_TLS(t *testing.T) {
	dir := t.TempDir()
	certFile, keyFile := writeCert(t, dir, "receiver")
	otherCA, _ := writeCert(t, dir, "other")
	fp, otherFP := fingerprint(t, certFile), fingerprint(t, otherCA)
	tests := []struct {
		name string
		cfg  sdk.Config // beside url and token
		want []string   // parts of the Connect error; none for a session
	}{
		{"ca_file", sdk.Config{"ca_file": certFile}, nil},
		{"pin", sdk.Config{"pin_sha256": fp}, nil},
		{"pin as openssl prints it", sdk.Config{"pin_sha256": colons(fp)}, nil},
		{"ca_file and pin", sdk.Config{"ca_file": certFile, "pin_sha256": fp}, nil},
		{"wrong pin", sdk.Config{"pin_sha256": otherFP}, []string{"refused its certificate", fp, otherFP, "pin_sha256"}},
		{"ca_file and wrong pin", sdk.Config{"ca_file": certFile, "pin_sha256": otherFP}, []string{fp, otherFP, "pin_sha256"}},
		{"system roots", sdk.Config{}, []string{"refused its certificate", fp, "system's certificate authorities", "set ca_file"}},
		{"ca_file of another CA", sdk.Config{"ca_file": otherCA}, []string{fp, "failed the check against ca_file", "pin_sha256"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leakCheck(t)
			l, addr := startListener(t, sdk.Config{"tls_cert": certFile, "tls_key": keyFile})
			url := "wss://" + addr + "/rex"
			cfg := sdk.Config{"url": url, "token": testToken}
			for k, v := range tt.cfg {
				cfg[k] = v
			}
			ch := acceptOne(l)
			client, err := configuredSink(t, cfg).Connect(context.Background())
			if tt.want != nil {
				if err == nil {
					client.Close("")
					t.Fatal("connect: got a session, want an error")
				}
				t.Logf("connect error: %v", err)
				for _, w := range tt.want {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("connect error %q does not contain %q", err, w)
					}
				}
				if errors.Is(err, sdk.ErrRefused) {
					t.Errorf("connect error %v wraps ErrRefused; the sender, not the receiver, refused", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("connect: %v", err)
			}
			defer client.Close("")
			a := <-ch
			if a.err != nil {
				t.Fatalf("accept: %v", a.err)
			}
			defer a.conn.Close("")
			tc, ok := netConn(a.conn).(*tls.Conn)
			if !ok || tc.ConnectionState().Version != tls.VersionTLS13 {
				t.Errorf("receiver's connection is %T, want TLS 1.3", netConn(a.conn))
			}
			if err := client.Send(context.Background(), []byte("over tls")); err != nil {
				t.Fatalf("send: %v", err)
			}
			if m, err := recv(t, a.conn); err != nil || string(m) != "over tls" {
				t.Fatalf("recv: %q, %v", m, err)
			}
		})
	}
}

func TestSink_Connect_SchemeMismatch(t *testing.T) {
	leakCheck(t)
	dir := t.TempDir()
	certFile, keyFile := writeCert(t, dir, "receiver")
	_, tlsAddr := startListener(t, sdk.Config{"tls_cert": certFile, "tls_key": keyFile})
	_, plainAddr := startListener(t, nil)
	tests := []struct {
		name string
		cfg  sdk.Config
		want string
	}{
		{"ws to a TLS listener", sdk.Config{"url": "ws://" + tlsAddr + "/rex"}, "use wss://"},
		{"wss to a plain listener", sdk.Config{"url": "wss://" + plainAddr + "/rex", "ca_file": certFile}, "does not speak TLS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg["token"] = testToken
			c, err := configuredSink(t, tt.cfg).Connect(context.Background())
			if err == nil {
				c.Close("")
				t.Fatal("connect: got a session, want an error")
			}
			t.Logf("connect error: %v", err)
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("connect error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestListener_Listen_TLS12Refused(t *testing.T) {
	leakCheck(t)
	dir := t.TempDir()
	certFile, keyFile := writeCert(t, dir, "receiver")
	_, addr := startListener(t, sdk.Config{"tls_cert": certFile, "tls_key": keyFile})
	c, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true, MaxVersion: tls.VersionTLS12})
	if err == nil {
		c.Close()
		t.Fatal("a TLS 1.2 client got through")
	}
	if !strings.Contains(err.Error(), "version") {
		t.Errorf("TLS 1.2 handshake: got %v, want a protocol version alert", err)
	}
}
