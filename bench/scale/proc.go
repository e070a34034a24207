package main

import (
	"os"
	"strconv"
	"strings"
)

// Process accounting from /proc: CPU time in clock ticks (USER_HZ, 100 on Linux) and resident
// memory, each summed over a process and all its descendants (Next.js may run workers).

const ticksPerSecond = 100

type procStat struct {
	ppid  int
	ticks uint64
}

func readStat(pid string) (procStat, bool) {
	data, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return procStat{}, false
	}
	text := string(data)
	fields := strings.Fields(text[strings.LastIndexByte(text, ')')+2:])
	// After "pid (comm) ": state ppid ... utime(14th field overall) stime(15th).
	if len(fields) < 13 {
		return procStat{}, false
	}
	ppid, _ := strconv.Atoi(fields[1])
	utime, _ := strconv.ParseUint(fields[11], 10, 64)
	stime, _ := strconv.ParseUint(fields[12], 10, 64)
	return procStat{ppid, utime + stime}, true
}

// tree returns pid and its descendants.
func tree(root int) []int {
	entries, _ := os.ReadDir("/proc")
	children := map[int][]int{}
	for _, entry := range entries {
		pid, err := strconv.Atoi(entry.Name())
		if err != nil {
			continue
		}
		if stat, ok := readStat(entry.Name()); ok {
			children[stat.ppid] = append(children[stat.ppid], pid)
		}
	}
	pids := []int{root}
	for i := 0; i < len(pids); i++ {
		pids = append(pids, children[pids[i]]...)
	}
	return pids
}

func cpuTicks(root int) uint64 {
	var sum uint64
	for _, pid := range tree(root) {
		if stat, ok := readStat(strconv.Itoa(pid)); ok {
			sum += stat.ticks
		}
	}
	return sum
}

func rssMiB(root int) float64 {
	var kib uint64
	for _, pid := range tree(root) {
		data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
				value, _ := strconv.ParseUint(strings.Fields(rest)[0], 10, 64)
				kib += value
			}
		}
	}
	return float64(kib) / 1024
}

// machineTicks returns the busy and total CPU ticks of all cores (/proc/stat).
func machineTicks() (busy, total uint64) {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0
	}
	line, _, _ := strings.Cut(string(data), "\n")
	for i, field := range strings.Fields(line)[1:] {
		value, _ := strconv.ParseUint(field, 10, 64)
		total += value
		if i != 3 && i != 4 { // idle, iowait
			busy += value
		}
	}
	return busy, total
}

func loadAverage() string {
	data, _ := os.ReadFile("/proc/loadavg")
	fields := strings.Fields(string(data))
	if len(fields) < 3 {
		return ""
	}
	return strings.Join(fields[:3], " ")
}

// udpCounters reads the kernel's UDP counters (/proc/net/snmp). Inside the benchmark's network
// namespace they count only this benchmark's traffic: LiveKit's and the load tool's sockets.
func udpCounters() map[string]uint64 {
	data, err := os.ReadFile("/proc/net/snmp")
	if err != nil {
		return nil
	}
	var names []string
	counters := map[string]uint64{}
	for _, line := range strings.Split(string(data), "\n") {
		rest, ok := strings.CutPrefix(line, "Udp: ")
		if !ok {
			continue
		}
		if names == nil {
			names = strings.Fields(rest)
			continue
		}
		for i, field := range strings.Fields(rest) {
			if i < len(names) {
				counters[names[i]], _ = strconv.ParseUint(field, 10, 64)
			}
		}
	}
	return counters
}
