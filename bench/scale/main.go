// Command scale is the load tool of the room-scale benchmark (bench/scale.ts, `npm run bench --
// scale`): one LiveKit room, a few publishing speakers and a rising number of subscribe-only
// listeners, all in this one process. For each step it prints one JSON line on stdout: packet
// loss at the listeners (RTP sequence numbers), jitter, send → receive time, and the CPU and
// memory of LiveKit, the app and this tool over the measuring window. Progress goes to stderr.
//
// LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET come from the environment.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/livekit/protocol/auth"
	"github.com/pion/rtp"
	"github.com/pion/webrtc/v4"
)

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "[scale %s] %s\n", time.Now().UTC().Format("15:04:05"), fmt.Sprintf(format, args...))
}

func token(key, secret, room, identity string, publish bool) (string, error) {
	yes, no := true, false
	grant := &auth.VideoGrant{RoomJoin: true, Room: room, CanSubscribe: &yes, CanPublish: &no, CanPublishData: &no}
	if publish {
		grant.CanPublish = &yes
		grant.CanSubscribe = &no
		grant.CanPublishSources = []string{"microphone"}
	}
	return auth.NewAccessToken(key, secret).SetVideoGrant(grant).SetIdentity(identity).SetValidFor(2 * time.Hour).ToJWT()
}

type step struct {
	Listeners        int     `json:"listeners"`
	Joined           int     `json:"joined"`
	JoinFailures     int     `json:"joinFailures"`
	SubscribedTracks int     `json:"subscribedTracks"`
	ExpectedTracks   int     `json:"expectedTracks"`
	Seconds          float64 `json:"seconds"`
	Expected         uint64  `json:"expected"`
	Received         uint64  `json:"received"`
	LossPercent      float64 `json:"lossPercent"`
	SentPerTrack     uint64  `json:"sentPerTrack"`
	DeliveryPercent  float64 `json:"deliveryPercent"`
	JitterMs         float64 `json:"jitterMs"`
	LatencyP50Ms     float64 `json:"latencyP50Ms"`
	LatencyP95Ms     float64 `json:"latencyP95Ms"`
	LiveKitCPU       float64 `json:"liveKitCpuPercent"`
	LiveKitRSSMiB    float64 `json:"liveKitRssMiB"`
	AppCPU           float64 `json:"appCpuPercent"`
	AppRSSMiB        float64 `json:"appRssMiB"`
	LoadToolCPU      float64 `json:"loadToolCpuPercent"`
	LoadToolRSSMiB   float64 `json:"loadToolRssMiB"`
	MachineBusy      float64 `json:"machineBusyPercent"`
	// Datagrams the kernel dropped because a socket's receive / send buffer was full.
	UDPReceiveBufferDrops uint64 `json:"udpReceiveBufferDrops"`
	UDPSendBufferDrops    uint64 `json:"udpSendBufferDrops"`
	LoadAverage           string `json:"loadAverage"`
}

func main() {
	room := flag.String("room", "bench-scale", "room name")
	speakers := flag.Int("speakers", 10, "publishing speakers")
	stepsFlag := flag.String("steps", "100,250,500,1000", "listener counts, rising")
	seconds := flag.Float64("seconds", 20, "measuring window per step")
	settle := flag.Float64("settle", 5, "seconds to wait after every listener receives, before measuring")
	maxLoss := flag.Float64("max-loss", 3, "stop stepping when loss (percent) goes over this")
	parallel := flag.Int("join-parallel", 8, "listeners joining at once")
	liveKitPID := flag.Int("livekit-pid", 0, "LiveKit's process id")
	appPID := flag.Int("app-pid", 0, "the app's process id (measured with its descendants)")
	flag.Parse()

	serverURL, key, secret := os.Getenv("LIVEKIT_URL"), os.Getenv("LIVEKIT_API_KEY"), os.Getenv("LIVEKIT_API_SECRET")
	if serverURL == "" || key == "" || secret == "" || *liveKitPID == 0 || *appPID == 0 {
		fmt.Fprintln(os.Stderr, "scale: LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET, -livekit-pid and -app-pid are required")
		os.Exit(2)
	}
	var steps []int
	for _, field := range strings.Split(*stepsFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil || n < 1 || (len(steps) > 0 && n <= steps[len(steps)-1]) {
			fmt.Fprintf(os.Stderr, "scale: -steps must be rising positive integers, got %q\n", *stepsFlag)
			os.Exit(2)
		}
		steps = append(steps, n)
	}

	api, err := newAPI()
	if err != nil {
		fail(err)
	}
	stats := &counters{}

	// Speakers: each publishes one Opus track; one ticker sends a packet on every track each 20 ms.
	tracks := make([]*webrtc.TrackLocalStaticRTP, *speakers)
	for i := range tracks {
		identity := fmt.Sprintf("speaker-%d", i+1)
		tracks[i], err = webrtc.NewTrackLocalStaticRTP(opus, "microphone-"+identity, identity)
		if err != nil {
			fail(err)
		}
		jwt, err := token(key, secret, *room, identity, true)
		if err != nil {
			fail(err)
		}
		speaker, err := connect(api, serverURL, jwt, identity, false, nil)
		if err != nil {
			fail(err)
		}
		if err := speaker.publish(api, tracks[i]); err != nil {
			fail(err)
		}
	}
	var sentTicks atomic.Uint64
	go func() {
		ticker := time.NewTicker(20 * time.Millisecond)
		var seq uint16
		var timestamp uint32
		for now := range ticker.C {
			seq++
			timestamp += 960
			body := payload(now)
			for _, track := range tracks {
				packet := &rtp.Packet{Header: rtp.Header{Version: 2, PayloadType: 111, SequenceNumber: seq, Timestamp: timestamp}, Payload: body}
				_ = track.WriteRTP(packet)
			}
			sentTicks.Add(1)
		}
	}()
	logf("%d speakers publishing", *speakers)

	// Listeners: subscribe-only; each counts the tracks it receives.
	var joined, failures int
	var receiving atomic.Int64 // listener-track pairs that have received a packet
	for _, target := range steps {
		started := time.Now()
		var wg sync.WaitGroup
		var failed atomic.Int64
		slots := make(chan struct{}, *parallel)
		for i := joined; i < target; i++ {
			slots <- struct{}{}
			wg.Add(1)
			go func(identity string) {
				defer func() { <-slots; wg.Done() }()
				jwt, err := token(key, secret, *room, identity, false)
				if err == nil {
					_, err = connect(api, serverURL, jwt, identity, true, func(track *webrtc.TrackRemote) {
						stats.receive(track, func() { receiving.Add(1) })
					})
				}
				if err != nil {
					failed.Add(1)
					logf("%v", err)
				}
			}(fmt.Sprintf("listener-%d", i+1))
		}
		wg.Wait()
		failures += int(failed.Load())
		joined = target - failures
		want := int64(joined * *speakers)
		deadline := time.Now().Add(60 * time.Second)
		for receiving.Load() < want && time.Now().Before(deadline) {
			time.Sleep(250 * time.Millisecond)
		}
		logf("%d listeners joined in %.1f s (%d failed), %d/%d tracks receiving", joined, time.Since(started).Seconds(), failures, receiving.Load(), want)
		time.Sleep(time.Duration(*settle * float64(time.Second)))

		result := measure(stats, &sentTicks, *seconds, *liveKitPID, *appPID)
		result.Listeners, result.Joined, result.JoinFailures = target, joined, failures
		result.SubscribedTracks, result.ExpectedTracks = int(receiving.Load()), target**speakers
		line, _ := json.Marshal(result)
		fmt.Println(string(line))

		if result.LossPercent > *maxLoss || result.SubscribedTracks < result.ExpectedTracks*95/100 {
			logf("stopping: loss %.2f%%, %d/%d tracks subscribed", result.LossPercent, result.SubscribedTracks, result.ExpectedTracks)
			break
		}
	}
}

func measure(stats *counters, sentTicks *atomic.Uint64, seconds float64, liveKitPID, appPID int) step {
	self := os.Getpid()
	beforeTracks, beforeSent := stats.snapshot(), sentTicks.Load()
	beforeLiveKit, beforeApp, beforeSelf := cpuTicks(liveKitPID), cpuTicks(appPID), cpuTicks(self)
	beforeBusy, beforeTotal := machineTicks()
	beforeUDP := udpCounters()
	stats.latencyQuantiles() // reset
	start := time.Now()
	stats.measuring.Store(true)
	time.Sleep(time.Duration(seconds * float64(time.Second)))
	stats.measuring.Store(false)
	elapsed := time.Since(start).Seconds()
	afterTracks, afterSent := stats.snapshot(), sentTicks.Load()
	afterLiveKit, afterApp, afterSelf := cpuTicks(liveKitPID), cpuTicks(appPID), cpuTicks(self)
	afterBusy, afterTotal := machineTicks()
	afterUDP := udpCounters()

	received, expected := window(beforeTracks, afterTracks)
	percentOfCore := func(ticks uint64) float64 { return round(float64(ticks) / ticksPerSecond / elapsed * 100) }
	result := step{
		Seconds:        round(elapsed),
		Expected:       expected,
		Received:       received,
		SentPerTrack:   afterSent - beforeSent,
		JitterMs:       round(stats.meanJitterMs()),
		LiveKitCPU:     percentOfCore(afterLiveKit - beforeLiveKit),
		LiveKitRSSMiB:  round(rssMiB(liveKitPID)),
		AppCPU:         percentOfCore(afterApp - beforeApp),
		AppRSSMiB:      round(rssMiB(appPID)),
		LoadToolCPU:    percentOfCore(afterSelf - beforeSelf),
		LoadToolRSSMiB: round(rssMiB(self)),
		LoadAverage:    loadAverage(),

		UDPReceiveBufferDrops: afterUDP["RcvbufErrors"] - beforeUDP["RcvbufErrors"],
		UDPSendBufferDrops:    afterUDP["SndbufErrors"] - beforeUDP["SndbufErrors"],
	}
	result.LatencyP50Ms, result.LatencyP95Ms, _ = stats.latencyQuantiles()
	if expected > 0 {
		result.LossPercent = round(float64(expected-min(received, expected)) / float64(expected) * 100)
	}
	if tracks := len(afterTracks); tracks > 0 && result.SentPerTrack > 0 {
		result.DeliveryPercent = round(float64(received) / float64(result.SentPerTrack*uint64(tracks)) * 100)
	}
	if afterTotal > beforeTotal {
		result.MachineBusy = round(float64(afterBusy-beforeBusy) / float64(afterTotal-beforeTotal) * 100)
	}
	return result
}

func round(value float64) float64 {
	return math.Round(value*100) / 100
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "scale: %v\n", err)
	os.Exit(1)
}
