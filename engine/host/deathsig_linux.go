package host

import (
	"os/exec"
	"syscall"
)

// setDeathSignal makes the kernel kill a plugin whose host dies, even by
// SIGKILL, so no plugin outlives its host.
func setDeathSignal(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
