/** Timestamps of what a page does on its way to sound (an init script) and how to read them. */

export type Marks = Record<string, number[]>;

/**
 * Records, in a page, when it asks for the microphone and gets it, and every WebRTC step it takes
 * (tracks handed over, offers/answers set), as Date.now() lists in window.benchMarks.
 */
export function instrumentWebRtc() {
  const marks: Record<string, number[]> = {};
  (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
  const mark = (name: string) => (marks[name] ??= []).push(Date.now());
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    mark("askMic");
    const stream = await getUserMedia(constraints);
    mark("micOpen");
    return stream;
  };
  const wrap = <K extends "addTransceiver" | "addTrack" | "setLocalDescription" | "setRemoteDescription">(name: K) => {
    const original = RTCPeerConnection.prototype[name] as (...args: unknown[]) => unknown;
    (RTCPeerConnection.prototype as unknown as Record<string, unknown>)[name] = function (this: RTCPeerConnection, ...args: unknown[]) {
      mark(name);
      return original.apply(this, args);
    };
  };
  wrap("addTransceiver");
  wrap("addTrack");
  wrap("setLocalDescription");
  wrap("setRemoteDescription");
  const replaceTrack = RTCRtpSender.prototype.replaceTrack;
  RTCRtpSender.prototype.replaceTrack = function (this: RTCRtpSender, track) {
    if (track) mark("replaceTrack");
    return replaceTrack.call(this, track);
  };
}

/** The first mark of one of `names` at or after `since`, as ms after it. */
export function after(marks: Marks, names: string[], since: number): number | undefined {
  const times = names.flatMap((name) => marks[name] ?? []).filter((time) => time >= since);
  return times.length ? Math.min(...times) - since : undefined;
}

/** A page's marks (window.benchMarks). */
export const readMarks = () => (window as unknown as { benchMarks: Marks }).benchMarks;
