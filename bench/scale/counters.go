package main

import (
	"encoding/binary"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pion/webrtc/v4"
)

// trackCounter is what one listener knows about one subscribed track. Only the goroutine reading
// the track writes it; snapshots read it atomically.
type trackCounter struct {
	received atomic.Uint64
	// Extended highest sequence number seen, relative to the first packet (first packet = 1), so
	// highest - received is the number of packets lost so far (RFC 3550's "expected - received").
	highest atomic.Uint64
	// RFC 3550 interarrival jitter, in RTP timestamp units (float64 bits).
	jitter atomic.Uint64
}

// latencyBuckets: 0.1 ms each up to 2 s, the last one holding everything slower.
const latencyBuckets = 20_000

type counters struct {
	mu     sync.Mutex
	tracks []*trackCounter

	measuring atomic.Bool
	latency   [latencyBuckets]atomic.Uint64
}

func (c *counters) add() *trackCounter {
	t := &trackCounter{}
	c.mu.Lock()
	c.tracks = append(c.tracks, t)
	c.mu.Unlock()
	return t
}

func (c *counters) all() []*trackCounter {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*trackCounter(nil), c.tracks...)
}

// The publishers' payload: an Opus TOC byte for a 20 ms CELT frame (0xF8) and the two bytes of the
// usual Opus silence frame (0xFF 0xFE), followed by the send time (Unix nanoseconds, big-endian) so
// a listener can time the trip. The SFU forwards Opus payloads untouched and never decodes them.
const payloadSize = 11

func payload(now time.Time) []byte {
	p := make([]byte, payloadSize)
	p[0], p[1], p[2] = 0xF8, 0xFF, 0xFE
	binary.BigEndian.PutUint64(p[3:], uint64(now.UnixNano()))
	return p
}

// receive reads one subscribed track until it ends: a sequence-number count, jitter and (while a
// window is measured) the send → receive time. No RTP library parsing, to keep listeners cheap.
func (c *counters) receive(track *webrtc.TrackRemote, onFirst func()) {
	t := c.add()
	buf := make([]byte, 1500)
	var last uint16
	var first, cycles uint64
	var transit, jitter float64
	started := false
	for {
		n, _, err := track.Read(buf)
		if err != nil {
			return
		}
		if n < 12 {
			continue
		}
		now := time.Now()
		seq := binary.BigEndian.Uint16(buf[2:4])
		timestamp := binary.BigEndian.Uint32(buf[4:8])
		if !started {
			started, last, first = true, seq, uint64(seq)
			t.highest.Store(1)
			onFirst()
		} else if delta := int16(seq - last); delta > 0 {
			if seq < last {
				cycles += 1 << 16
			}
			last = seq
			t.highest.Store(cycles + uint64(seq) - first + 1)
		}
		t.received.Add(1)

		arrival := float64(now.UnixNano()) * 48_000 / 1e9
		current := arrival - float64(timestamp)
		if t.received.Load() > 1 {
			jitter += (math.Abs(current-transit) - jitter) / 16
			t.jitter.Store(math.Float64bits(jitter))
		}
		transit = current

		if !c.measuring.Load() {
			continue
		}
		start := 12 + 4*int(buf[0]&0x0F)
		if buf[0]&0x10 != 0 && n >= start+4 {
			start += 4 + 4*int(binary.BigEndian.Uint16(buf[start+2:start+4]))
		}
		end := n
		if buf[0]&0x20 != 0 {
			end -= int(buf[n-1])
		}
		if end-start == payloadSize && buf[start] == 0xF8 {
			sent := int64(binary.BigEndian.Uint64(buf[start+3 : start+11]))
			bucket := int(now.UnixNano()-sent) / 100_000
			c.latency[min(max(bucket, 0), latencyBuckets-1)].Add(1)
		}
	}
}

type trackTotals struct{ received, highest uint64 }

func (c *counters) snapshot() []trackTotals {
	tracks := c.all()
	totals := make([]trackTotals, len(tracks))
	for i, t := range tracks {
		totals[i] = trackTotals{t.received.Load(), t.highest.Load()}
	}
	return totals
}

// window sums what arrived between two snapshots: packets received and packets expected.
func window(before, after []trackTotals) (received, expected uint64) {
	for i, a := range after {
		var b trackTotals
		if i < len(before) {
			b = before[i]
		}
		received += a.received - b.received
		expected += a.highest - b.highest
	}
	return received, expected
}

func (c *counters) meanJitterMs() float64 {
	tracks := c.all()
	if len(tracks) == 0 {
		return 0
	}
	var sum float64
	for _, t := range tracks {
		sum += math.Float64frombits(t.jitter.Load())
	}
	return sum / float64(len(tracks)) / 48
}

// latencyQuantiles returns the p50 and p95 of the window's send → receive times, in ms, and resets.
func (c *counters) latencyQuantiles() (p50, p95 float64, count uint64) {
	counts := make([]uint64, latencyBuckets)
	for i := range counts {
		counts[i] = c.latency[i].Swap(0)
		count += counts[i]
	}
	quantile := func(q float64) float64 {
		rank := uint64(math.Ceil(q * float64(count)))
		var seen uint64
		for i, n := range counts {
			seen += n
			if seen >= rank {
				return float64(i)/10 + 0.05
			}
		}
		return float64(latencyBuckets) / 10
	}
	if count == 0 {
		return 0, 0, 0
	}
	return quantile(0.5), quantile(0.95), count
}
