package main

import (
	"fmt"
	"net"
	"net/url"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/livekit/protocol/livekit"
	"github.com/livekit/protocol/signalling"
	"github.com/pion/dtls/v3"
	"github.com/pion/ice/v4"
	"github.com/pion/interceptor"
	"github.com/pion/webrtc/v4"
	"google.golang.org/protobuf/proto"
)

// LiveKit's signalling protocol version spoken here (the /rtc WebSocket, one PeerConnection to
// publish and one to subscribe), as server-sdk-go v2 speaks it.
const signalProtocol = 16

var opus = webrtc.RTPCodecCapability{
	MimeType:    webrtc.MimeTypeOpus,
	ClockRate:   48000,
	Channels:    2,
	SDPFmtpLine: "minptime=10;useinbandfec=1",
}

// newAPI is the WebRTC stack every participant shares: Opus only, no interceptors (no NACK, no
// RTCP reports: loss is measured as it arrives), and ICE on loopback only. server-sdk-go builds
// its own SettingEngine without loopback candidates (pion skips them by default), which gathers
// nothing in a loopback-only network namespace; that is why this tool speaks the signalling
// protocol itself.
func newAPI() (*webrtc.API, error) {
	media := &webrtc.MediaEngine{}
	if err := media.RegisterCodec(webrtc.RTPCodecParameters{RTPCodecCapability: opus, PayloadType: 111}, webrtc.RTPCodecTypeAudio); err != nil {
		return nil, err
	}
	settings := webrtc.SettingEngine{}
	// AES-GCM (hardware-accelerated) before AES-CM + HMAC-SHA1, as server-sdk-go orders them.
	settings.SetSRTPProtectionProfiles(dtls.SRTP_AEAD_AES_128_GCM, dtls.SRTP_AES128_CM_HMAC_SHA1_80)
	settings.SetIncludeLoopbackCandidate(true)
	settings.SetInterfaceFilter(func(name string) bool { return name == "lo" })
	settings.SetIPFilter(func(ip net.IP) bool { return ip.Equal(net.IPv4(127, 0, 0, 1)) })
	settings.SetNetworkTypes([]webrtc.NetworkType{webrtc.NetworkTypeUDP4})
	// mDNS would send multicast packets off loopback.
	settings.SetICEMulticastDNSMode(ice.MulticastDNSModeDisabled)
	// An empty registry: without one, pion adds its default interceptors (NACK, RTCP reports,
	// stats), which cost the listeners CPU on every packet.
	return webrtc.NewAPI(webrtc.WithMediaEngine(media), webrtc.WithSettingEngine(settings), webrtc.WithInterceptorRegistry(&interceptor.Registry{})), nil
}

// participant is one signalling connection with its subscriber PeerConnection (and, for a
// speaker, a publisher PeerConnection).
type participant struct {
	identity string
	conn     *websocket.Conn
	writeMu  sync.Mutex

	subscriber *webrtc.PeerConnection
	publisher  *webrtc.PeerConnection

	mu      sync.Mutex
	pending map[livekit.SignalTarget][]webrtc.ICECandidateInit

	published chan *livekit.TrackPublishedResponse
}

func connect(api *webrtc.API, serverURL, token, identity string, autoSubscribe bool, onTrack func(*webrtc.TrackRemote)) (*participant, error) {
	auto := 0
	if autoSubscribe {
		auto = 1
	}
	query := url.Values{}
	query.Set("access_token", token)
	query.Set("auto_subscribe", fmt.Sprint(auto))
	query.Set("protocol", fmt.Sprint(signalProtocol))
	query.Set("sdk", "go")
	query.Set("version", "2.19.0")
	dialer := websocket.Dialer{HandshakeTimeout: 30 * time.Second}
	conn, response, err := dialer.Dial(serverURL+"/rtc?"+query.Encode(), nil)
	if err != nil {
		if response != nil {
			return nil, fmt.Errorf("%s: signal connection: %w (HTTP %d)", identity, err, response.StatusCode)
		}
		return nil, fmt.Errorf("%s: signal connection: %w", identity, err)
	}
	p := &participant{
		identity:  identity,
		conn:      conn,
		pending:   map[livekit.SignalTarget][]webrtc.ICECandidateInit{},
		published: make(chan *livekit.TrackPublishedResponse, 1),
	}
	first, err := p.read()
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("%s: join: %w", identity, err)
	}
	if first.GetJoin() == nil {
		conn.Close()
		return nil, fmt.Errorf("%s: expected a join response, got %T", identity, first.GetMessage())
	}
	p.subscriber, err = p.newPeerConnection(api, livekit.SignalTarget_SUBSCRIBER)
	if err != nil {
		conn.Close()
		return nil, err
	}
	if onTrack != nil {
		p.subscriber.OnTrack(func(track *webrtc.TrackRemote, _ *webrtc.RTPReceiver) { onTrack(track) })
	}
	go p.readLoop()
	return p, nil
}

func (p *participant) newPeerConnection(api *webrtc.API, target livekit.SignalTarget) (*webrtc.PeerConnection, error) {
	pc, err := api.NewPeerConnection(webrtc.Configuration{})
	if err != nil {
		return nil, err
	}
	pc.OnICECandidate(func(candidate *webrtc.ICECandidate) {
		if candidate == nil {
			return
		}
		_ = p.send(&livekit.SignalRequest{Message: &livekit.SignalRequest_Trickle{
			Trickle: signalling.ToProtoTrickle(candidate.ToJSON(), target, false),
		}})
	})
	return pc, nil
}

func (p *participant) read() (*livekit.SignalResponse, error) {
	_, data, err := p.conn.ReadMessage()
	if err != nil {
		return nil, err
	}
	message := &livekit.SignalResponse{}
	return message, proto.Unmarshal(data, message)
}

func (p *participant) send(request *livekit.SignalRequest) error {
	data, err := proto.Marshal(request)
	if err != nil {
		return err
	}
	p.writeMu.Lock()
	defer p.writeMu.Unlock()
	return p.conn.WriteMessage(websocket.BinaryMessage, data)
}

func (p *participant) peer(target livekit.SignalTarget) *webrtc.PeerConnection {
	if target == livekit.SignalTarget_PUBLISHER {
		return p.publisher
	}
	return p.subscriber
}

// addCandidate adds a remote candidate, or keeps it until the remote description is set.
func (p *participant) addCandidate(target livekit.SignalTarget, candidate webrtc.ICECandidateInit) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pc := p.peer(target)
	if pc == nil || pc.RemoteDescription() == nil {
		p.pending[target] = append(p.pending[target], candidate)
		return
	}
	_ = pc.AddICECandidate(candidate)
}

func (p *participant) setRemote(target livekit.SignalTarget, description webrtc.SessionDescription) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	pc := p.peer(target)
	if err := pc.SetRemoteDescription(description); err != nil {
		return err
	}
	for _, candidate := range p.pending[target] {
		_ = pc.AddICECandidate(candidate)
	}
	delete(p.pending, target)
	return nil
}

func (p *participant) readLoop() {
	for {
		message, err := p.read()
		if err != nil {
			return
		}
		switch m := message.GetMessage().(type) {
		case *livekit.SignalResponse_Offer:
			// The SFU offers its tracks on the subscriber PeerConnection.
			description, id, _ := signalling.FromProtoSessionDescription(m.Offer)
			if err := p.setRemote(livekit.SignalTarget_SUBSCRIBER, description); err != nil {
				logf("%s: subscriber offer: %v", p.identity, err)
				continue
			}
			answer, err := p.subscriber.CreateAnswer(nil)
			if err == nil {
				err = p.subscriber.SetLocalDescription(answer)
			}
			if err != nil {
				logf("%s: subscriber answer: %v", p.identity, err)
				continue
			}
			_ = p.send(&livekit.SignalRequest{Message: &livekit.SignalRequest_Answer{
				Answer: signalling.ToProtoSessionDescription(answer, id, nil),
			}})
		case *livekit.SignalResponse_Answer:
			description, _, _ := signalling.FromProtoSessionDescription(m.Answer)
			if err := p.setRemote(livekit.SignalTarget_PUBLISHER, description); err != nil {
				logf("%s: publisher answer: %v", p.identity, err)
			}
		case *livekit.SignalResponse_Trickle:
			candidate, err := signalling.FromProtoTrickle(m.Trickle)
			if err == nil {
				p.addCandidate(m.Trickle.GetTarget(), candidate)
			}
		case *livekit.SignalResponse_TrackPublished:
			select {
			case p.published <- m.TrackPublished:
			default:
			}
		case *livekit.SignalResponse_Leave:
			logf("%s: the SFU asked it to leave (%s)", p.identity, m.Leave.GetReason())
		}
	}
}

// publish announces one microphone track, then negotiates the publisher PeerConnection.
func (p *participant) publish(api *webrtc.API, track *webrtc.TrackLocalStaticRTP) error {
	err := p.send(&livekit.SignalRequest{Message: &livekit.SignalRequest_AddTrack{AddTrack: &livekit.AddTrackRequest{
		Cid:    track.ID(),
		Name:   "microphone",
		Type:   livekit.TrackType_AUDIO,
		Source: livekit.TrackSource_MICROPHONE,
	}}})
	if err != nil {
		return err
	}
	select {
	case <-p.published:
	case <-time.After(15 * time.Second):
		return fmt.Errorf("%s: no TrackPublished response", p.identity)
	}
	pc, err := p.newPeerConnection(api, livekit.SignalTarget_PUBLISHER)
	if err != nil {
		return err
	}
	p.mu.Lock()
	p.publisher = pc
	p.mu.Unlock()
	connected := make(chan struct{})
	var once sync.Once
	pc.OnConnectionStateChange(func(state webrtc.PeerConnectionState) {
		if state == webrtc.PeerConnectionStateConnected {
			once.Do(func() { close(connected) })
		}
	})
	if _, err := pc.AddTransceiverFromTrack(track, webrtc.RTPTransceiverInit{Direction: webrtc.RTPTransceiverDirectionSendonly}); err != nil {
		return err
	}
	offer, err := pc.CreateOffer(nil)
	if err == nil {
		err = pc.SetLocalDescription(offer)
	}
	if err != nil {
		return err
	}
	if err := p.send(&livekit.SignalRequest{Message: &livekit.SignalRequest_Offer{
		Offer: signalling.ToProtoSessionDescription(offer, 1, nil),
	}}); err != nil {
		return err
	}
	select {
	case <-connected:
		return nil
	case <-time.After(20 * time.Second):
		return fmt.Errorf("%s: publisher PeerConnection did not connect", p.identity)
	}
}
