package host

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/go-plugin"

	"github.com/rexdata/rex/sdk"
)

// BinaryPrefix starts the file name of every plugin in a search folder: the
// plugin csv is the file rex-plugin-csv.
const BinaryPrefix = "rex-plugin-"

// ProjectPluginDir is where a project keeps its plugins, relative to the
// folder of its .hcl files.
const ProjectPluginDir = ".rex/plugins"

// SearchPath returns the folders searched, in this order, for a plugin a
// block names without a plugin attribute and rex does not build in: the
// project's (.rex/plugins beside the .hcl file), then the user's
// ($XDG_DATA_HOME/rex/plugins, by default ~/.local/share/rex/plugins).
func SearchPath(projectDir string) []string {
	dirs := []string{filepath.Join(projectDir, ProjectPluginDir)}
	data := os.Getenv("XDG_DATA_HOME")
	if data == "" {
		if home, err := os.UserHomeDir(); err == nil {
			data = filepath.Join(home, ".local", "share")
		}
	}
	if data != "" {
		dirs = append(dirs, filepath.Join(data, "rex", "plugins"))
	}
	return dirs
}

// Find returns the path of plugin name in the first folder of dirs that
// holds it as an executable file, or "".
func Find(name string, dirs []string) string {
	for _, dir := range dirs {
		p := filepath.Join(dir, BinaryPrefix+name)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0 {
			return p
		}
	}
	return ""
}

// Found is a plugin binary in the search path.
type Found struct {
	Name string
	Path string
	// Shadowed is true when a folder earlier in the search path holds a
	// plugin of the same name, which is the one used.
	Shadowed bool
}

// Discover lists the plugin binaries of dirs, folder by folder, each
// folder's in name order.
func Discover(dirs []string) []Found {
	var out []Found
	seen := map[string]bool{}
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		var names []string
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), BinaryPrefix) && len(e.Name()) > len(BinaryPrefix) {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		for _, file := range names {
			name := strings.TrimPrefix(file, BinaryPrefix)
			p := filepath.Join(dir, file)
			if Find(name, []string{dir}) == "" {
				continue
			}
			out = append(out, Found{Name: name, Path: p, Shadowed: seen[name]})
			seen[name] = true
		}
	}
	return out
}

// FileSHA256 returns the SHA-256 of the file at path as lower-case hex.
func FileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Inspect starts the plugin binary at path (with args), asks it to
// describe itself and stops it.
func Inspect(ctx context.Context, path string, args ...string) (sdk.Info, error) {
	cmd := exec.Command(path, args...)
	setDeathSignal(cmd)
	client := plugin.NewClient(&plugin.ClientConfig{
		HandshakeConfig:  sdk.Handshake,
		Plugins:          sdk.ClientPlugins(),
		Cmd:              cmd,
		AllowedProtocols: []plugin.Protocol{plugin.ProtocolGRPC},
		GRPCDialOptions:  sdk.DialOptions(),
		Logger:           hclog.NewNullLogger(),
	})
	defer client.Kill()
	rpc, err := client.Client()
	if err != nil {
		return sdk.Info{}, explainStart(err)
	}
	// Every kind's client answers Info: the Stage service is served by
	// every plugin process.
	raw, err := rpc.Dispense(sdk.KindDialect)
	if err != nil {
		return sdk.Info{}, err
	}
	return raw.(sdk.Stage).Info(ctx)
}

// explainStart rewrites go-plugin's protocol version error to name both
// versions.
func explainStart(err error) error {
	if m := pluginVersionRE.FindStringSubmatch(err.Error()); m != nil {
		return fmt.Errorf("%w: the plugin speaks protocol %s; this rex speaks protocol %d", sdk.ErrProtocolVersion, m[1], sdk.ProtocolMajor)
	}
	return err
}
