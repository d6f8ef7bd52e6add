/**
 * Browser side of voice search: records the microphone and hands .NET a 16 kHz mono 16-bit PCM
 * WAV. Imported on demand by MicrophoneButton (`import("./js/voice-capture.js")`).
 *
 * The page never sees a .NET round trip per audio frame: the level meter is drawn here, and .NET
 * hears only about state changes, errors and the finished recording.
 *
 * Calls into .NET, in this order, one at a time (each awaited before the next is sent):
 *   OnCaptureState(state)                      'requesting' | 'listening' | 'processing' | 'idle'
 *   OnCaptureError(code, message)              'denied' | 'absent' | 'unsupported' | 'no-speech' | 'failed'
 *   OnCaptureDraft(wav, durationMs)            while listening, when the speaker pauses (draftMs): the audio so far
 *   OnCaptureComplete(wav, durationMs, reason, draftIsCurrent)
 *                                              reason: 'silence' | 'max-duration' | 'stopped'; draftIsCurrent:
 *                                              no speech since the last draft, so its words are the recording's
 * A session runs requesting -> listening -> processing -> idle when it records something;
 * an error is followed by 'idle' (unless it came before 'requesting', as 'unsupported' does);
 * a cancel goes straight to 'idle'. 'idle' after a recording is sent once OnCaptureComplete has
 * returned, so the button stays busy while .NET works on it.
 */

/** Rate of the WAV handed to .NET; the worklet resamples to it. */
const TARGET_RATE = 16000;

/** Worklet chunk: 40 ms, so the meter and the silence detector update 25 times a second. */
const CHUNK_SIZE = 640;

/** Voice-activity frame: 20 ms, the usual speech analysis frame. CHUNK_SIZE is a multiple. */
const FRAME_SIZE = 320;

/** A press held longer than this is press-to-talk (release stops); shorter is a click (toggle). */
const HOLD_MS = 350;

/** Frames of audio (300 ms) before the detector decides anything: its first noise-floor sample. */
const CALIBRATION_FRAMES = 15;

/** Noise floor = this percentile of the last FLOOR_WINDOW_FRAMES (2 s) of frame levels. */
const FLOOR_PERCENTILE = 0.2;
const FLOOR_WINDOW_FRAMES = 100;

/**
 * Caps the floor estimate (about -30 dBFS). If someone starts talking the instant they press,
 * the first window is all speech; without a cap the threshold would sit above their own voice.
 */
const MAX_FLOOR_RMS = 0.03;

/** Speech onset: level 12 dB over the floor, held for SPEECH_RUN_FRAMES frames (60 ms). */
const SPEECH_OVER_FLOOR = 4;
const SPEECH_RUN_FRAMES = 3;

/** Still voiced (keeps the silence clock at zero): 8 dB over the floor. The gap is hysteresis. */
const VOICE_OVER_FLOOR = 2.5;

/**
 * Absolute minimums (-40 and -44 dBFS). With noise suppression on, the floor can be near digital
 * silence, and a threshold relative to that alone would count breathing as speech.
 */
const MIN_SPEECH_RMS = 0.01;
const MIN_VOICE_RMS = 0.006;

/** Frame levels at or below this are digital silence (start-up, muted track), not room noise. */
const DIGITAL_SILENCE_RMS = 1e-6;

/** Meter scale: -55 dBFS shows empty, -10 dBFS full; speech with AGC sits around two thirds. */
const METER_FLOOR_DB = -55;
const METER_RANGE_DB = 45;

/** Meter smoothing per update: rises quickly, falls gently, like a VU meter. */
const METER_ATTACK = 0.6;
const METER_RELEASE = 0.25;

/** If no audio arrives this long after listening starts, something is wrong (context suspended). */
const FIRST_AUDIO_TIMEOUT_MS = 4000;

/** Wall-clock slack over maxSeconds before a hard stop, in case the audio clock stalls. */
const WALL_CLOCK_SLACK_MS = 3000;

/** How long to wait for AudioContext.resume() before relying on the first-audio watchdog. */
const RESUME_WAIT_MS = 1500;

const DEFAULT_OPTIONS = Object.freeze({ maxSeconds: 15, silenceMs: 1200, noSpeechMs: 6000, draftMs: 0 });

const MESSAGES = Object.freeze({
    insecure: 'Voice search needs a secure connection (HTTPS) before the browser will let it use the microphone.',
    unsupported: "This browser can't record audio for voice search. Try a current version of Chrome, Edge, Firefox or Safari.",
    denied: 'Microphone access is blocked for this site. To search by voice, click the microphone or lock icon in the address bar, allow the microphone, and try again.',
    deniedBySystem: "Your computer's privacy settings are stopping the browser from using the microphone. Allow the browser to use the microphone in the system settings, then try again.",
    absent: 'No microphone was found. Connect one (or check that it is switched on and enabled), then try again.',
    busy: "The microphone couldn't be started. Another app may be using it; close that app and try again.",
    noSpeech: "I didn't hear anything. Check that your microphone isn't muted and is the one the browser is using, then try again.",
    noAudio: 'No sound is reaching the page from the microphone. Check the microphone and try again.',
    disconnected: 'The microphone stopped working (was it unplugged?). Try again.',
});

/**
 * Why this browser cannot capture here, or null when it can.
 * @returns {string | null}
 */
function unsupportedReason() {
    if (typeof window === 'undefined' || typeof navigator === 'undefined') {
        return MESSAGES.unsupported;
    }
    // getUserMedia and AudioWorklet are both [SecureContext]; say why rather than just "no".
    if (window.isSecureContext === false) {
        return MESSAGES.insecure;
    }
    if (!navigator.mediaDevices || typeof navigator.mediaDevices.getUserMedia !== 'function') {
        return MESSAGES.unsupported;
    }
    if (typeof window.AudioContext !== 'function' || typeof window.AudioWorkletNode !== 'function'
        || !('audioWorklet' in window.AudioContext.prototype)) {
        return MESSAGES.unsupported;
    }
    return null;
}

/**
 * True when this page can record: a secure context with getUserMedia and AudioWorklet.
 * @returns {boolean}
 */
export function isSupported() {
    return unsupportedReason() === null;
}

/**
 * @typedef {object} RecorderOptions
 * @property {number} [maxSeconds=15]  hard stop, reason 'max-duration'
 * @property {number} [silenceMs=1200] trailing silence (after speech) that ends the recording
 * @property {number} [noSpeechMs=6000] no speech by then: stop and report 'no-speech'
 * @property {number} [draftMs=0]      a pause this long (after speech, while listening) sends the audio so far
 *                                     as a draft, so results can show before the trailing silence ends; 0: never
 * @property {string} [workletUrl]     resolved against the document base URL; by default the
 *                                     worklet file next to this module (./js/voice-capture-worklet.js)
 */

/**
 * @typedef {object} Recorder
 * @property {() => Promise<void>} start  resolves once listening, or once the failure is reported
 * @property {() => void} stop     stop and send what was recorded (reason 'stopped')
 * @property {() => void} cancel   stop and discard
 * @property {() => void} dispose  release everything; the recorder is dead afterwards
 */

/**
 * Wires the microphone button and level meter to a recorder that reports to `dotNetRef`.
 * @param {{ invokeMethodAsync(method: string, ...args: any[]): Promise<any> }} dotNetRef
 * @param {HTMLElement} button  the mic button: press-to-talk, click-to-toggle, Enter/Space, Escape
 * @param {HTMLElement | null} meter  gets `--level` (0..1); its `value` too if it is a <meter>
 * @param {RecorderOptions} [options]
 * @returns {Recorder}
 */
export function createRecorder(dotNetRef, button, meter, options) {
    const recorder = new VoiceRecorder(dotNetRef, button, meter, options || {});
    // A plain object of bound functions: Blazor's IJSObjectReference calls them by name, and
    // nothing else of the recorder is reachable from outside.
    return Object.freeze({
        start: () => recorder.start(),
        stop: () => recorder.stop(),
        cancel: () => recorder.cancel(),
        dispose: () => recorder.dispose(),
    });
}

/**
 * True when a draft was sent and no frame since has been voiced: the draft's audio and the
 * recording differ only by silence, so they say the same words.
 * @param {Session} s
 */
function draftIsCurrent(s) {
    if (s.draftAtFrame < 0) {
        return false;
    }
    const lastVoiced = s.detector.count - 1 - s.detector.trailingSilenceFrames;
    return lastVoiced < s.draftAtFrame;
}

/** @param {unknown} value @param {number} fallback */
function positive(value, fallback) {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Maps a getUserMedia rejection to [code, message]. */
function classifyMediaError(error) {
    const name = error && error.name;
    switch (name) {
        case 'NotAllowedError':
        case 'PermissionDeniedError': // pre-standard Chrome name
        case 'SecurityError':
            // Chromium says "Permission denied by system" when the OS, not the site setting, refuses.
            return ['denied', /system/i.test(String(error.message)) ? MESSAGES.deniedBySystem : MESSAGES.denied];
        case 'NotFoundError':
        case 'DevicesNotFoundError': // pre-standard Chrome name
        case 'OverconstrainedError':
            return ['absent', MESSAGES.absent];
        case 'NotReadableError':
        case 'TrackStartError': // pre-standard Chrome name
        case 'AbortError':
            return ['failed', MESSAGES.busy];
        default:
            return ['failed', `Voice capture couldn't start: ${(error && error.message) || error}`];
    }
}

function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Builds the WAV file: 44-byte RIFF header, then little-endian 16-bit PCM.
 * @param {Float32Array[]} chunks
 * @param {number} total samples across the chunks
 * @returns {Uint8Array}
 */
function encodeWav(chunks, total) {
    const dataBytes = total * 2;
    const buffer = new ArrayBuffer(44 + dataBytes);
    const view = new DataView(buffer);
    const ascii = (offset, text) => {
        for (let i = 0; i < text.length; i++) {
            view.setUint8(offset + i, text.charCodeAt(i));
        }
    };
    ascii(0, 'RIFF');
    view.setUint32(4, 36 + dataBytes, true);
    ascii(8, 'WAVE');
    ascii(12, 'fmt ');
    view.setUint32(16, 16, true); // fmt chunk size
    view.setUint16(20, 1, true); // PCM
    view.setUint16(22, 1, true); // mono
    view.setUint32(24, TARGET_RATE, true);
    view.setUint32(28, TARGET_RATE * 2, true); // byte rate
    view.setUint16(32, 2, true); // block align
    view.setUint16(34, 16, true); // bits per sample
    ascii(36, 'data');
    view.setUint32(40, dataBytes, true);
    let offset = 44;
    for (const chunk of chunks) {
        for (let i = 0; i < chunk.length; i++) {
            const s = Math.max(-1, Math.min(1, chunk[i]));
            view.setInt16(offset, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
            offset += 2;
        }
    }
    return new Uint8Array(buffer);
}

/**
 * Voice-activity detection on 20 ms frame levels, always judged against the current noise
 * floor. The floor is a low percentile of the last 2 s (robust to both speech and start-up
 * dropouts, and it follows a room that gets noisier); because the floor can fall after the
 * fact (someone who talks from the first instant), "has speech been heard" and "when was the
 * last voiced frame" are re-evaluated against it rather than latched frame by frame.
 */
class SpeechDetector {
    /** @param {number} maxFrames */
    constructor(maxFrames) {
        this.levels = new Float32Array(maxFrames + 1);
        this.count = 0;
        this.floor = 0;
        /** Highest level held for SPEECH_RUN_FRAMES consecutive frames so far. */
        this.runPeak = 0;
        this.speechHeard = false;
    }

    /** @param {number} rms level of the next 20 ms frame */
    push(rms) {
        if (this.count >= this.levels.length) {
            return;
        }
        const levels = this.levels;
        levels[this.count++] = rms;
        if (this.count >= SPEECH_RUN_FRAMES) {
            let runMin = Infinity;
            for (let i = this.count - SPEECH_RUN_FRAMES; i < this.count; i++) {
                runMin = Math.min(runMin, levels[i]);
            }
            this.runPeak = Math.max(this.runPeak, runMin);
        }
        if (this.count < CALIBRATION_FRAMES) {
            return;
        }
        const recent = [];
        for (let i = Math.max(0, this.count - FLOOR_WINDOW_FRAMES); i < this.count; i++) {
            if (levels[i] > DIGITAL_SILENCE_RMS) {
                recent.push(levels[i]);
            }
        }
        recent.sort((a, b) => a - b);
        this.floor = recent.length > 0
            ? Math.min(MAX_FLOOR_RMS, recent[Math.floor(recent.length * FLOOR_PERCENTILE)])
            : 0;
        if (!this.speechHeard && this.runPeak > this.speechThreshold) {
            this.speechHeard = true;
        }
    }

    get ready() {
        return this.count >= CALIBRATION_FRAMES;
    }

    get speechThreshold() {
        return Math.max(MIN_SPEECH_RMS, this.floor * SPEECH_OVER_FLOOR);
    }

    get voiceThreshold() {
        return Math.max(MIN_VOICE_RMS, this.floor * VOICE_OVER_FLOOR);
    }

    /** Frames since the last voiced one (all of them if none is voiced against today's floor). */
    get trailingSilenceFrames() {
        const threshold = this.voiceThreshold;
        for (let i = this.count - 1; i >= 0; i--) {
            if (this.levels[i] > threshold) {
                return this.count - 1 - i;
            }
        }
        return this.count;
    }
}

/** One press of the button: one AudioContext, one MediaStream, one recording. */
class Session {
    constructor(maxSamples) {
        /** @type {AudioContext | null} */ this.ctx = null;
        /** @type {MediaStream | null} */ this.stream = null;
        /** @type {MediaStreamAudioSourceNode | null} */ this.source = null;
        /** @type {AudioWorkletNode | null} */ this.node = null;
        /** @type {Float32Array[]} */ this.chunks = [];
        this.samples = 0;
        this.maxSamples = maxSamples;
        this.gotAudio = false;
        this.ended = false;
        this.detector = new SpeechDetector(Math.ceil(maxSamples / FRAME_SIZE));
        /** Detector frame count when the last draft was sent; -1 before any. */
        this.draftAtFrame = -1;
        /** Removes the listeners that live only as long as this session (tracks, node, document). */
        this.listeners = new AbortController();
        /** @type {ReturnType<typeof setTimeout>[]} */ this.timers = [];
    }
}

class VoiceRecorder {
    #ref;
    #button;
    #meter;
    #maxSamples;
    #silenceSamples;
    #noSpeechSamples;
    #draftSamples;
    #workletUrl;
    /** @type {'idle' | 'requesting' | 'listening' | 'processing'} */
    #state = 'idle';
    /** @type {Session | null} */
    #session = null;
    /** The pointer press in progress: while it is held, only maxSeconds stops the recording. */
    #press = null;
    /** Keyboard activation also fires a click; this swallows it. */
    #suppressClickUntil = 0;
    /** Smoothed meter level, and the value last written to the element. */
    #level = 0;
    #shownLevel = -1;
    #disposed = false;
    /** Serialises calls into .NET so they arrive in the order they were made. */
    #queue = Promise.resolve();
    /** Removes every listener added to the button. */
    #listeners = new AbortController();

    constructor(dotNetRef, button, meter, options) {
        if (!dotNetRef || typeof dotNetRef.invokeMethodAsync !== 'function') {
            throw new TypeError('createRecorder needs a DotNetObjectReference.');
        }
        if (!button || typeof button.addEventListener !== 'function') {
            throw new TypeError('createRecorder needs the microphone button element.');
        }
        this.#ref = dotNetRef;
        this.#button = button;
        this.#meter = meter || null;
        const maxSeconds = positive(options.maxSeconds, DEFAULT_OPTIONS.maxSeconds);
        this.#maxSamples = Math.max(FRAME_SIZE, Math.round(maxSeconds * TARGET_RATE));
        this.#silenceSamples = Math.round(positive(options.silenceMs, DEFAULT_OPTIONS.silenceMs) * TARGET_RATE / 1000);
        this.#noSpeechSamples = Math.round(positive(options.noSpeechMs, DEFAULT_OPTIONS.noSpeechMs) * TARGET_RATE / 1000);
        this.#draftSamples = Math.round(Math.max(0, Number(options.draftMs) || DEFAULT_OPTIONS.draftMs) * TARGET_RATE / 1000);
        // Resolving against this module's own URL keeps the default right whatever <base href>
        // the page has; an explicit option is resolved like any page-relative URL.
        this.#workletUrl = typeof options.workletUrl === 'string' && options.workletUrl
            ? new URL(options.workletUrl, document.baseURI).href
            : new URL('./voice-capture-worklet.js', import.meta.url).href;

        const signal = this.#listeners.signal;
        button.addEventListener('pointerdown', (e) => this.#onPointerDown(e), { signal });
        button.addEventListener('pointerup', (e) => this.#onPointerUp(e), { signal });
        button.addEventListener('pointercancel', (e) => this.#onPointerUp(e), { signal });
        button.addEventListener('lostpointercapture', (e) => this.#onPointerUp(e), { signal });
        button.addEventListener('keydown', (e) => this.#onKeyDown(e), { signal });
        button.addEventListener('keyup', (e) => this.#onKeyUp(e), { signal });
        button.addEventListener('click', (e) => this.#onClick(e), { signal });
        // A long touch press would otherwise open the context menu / text selection callout.
        button.addEventListener('contextmenu', (e) => {
            if (this.#press) {
                e.preventDefault();
            }
        }, { signal });
        button.setAttribute('aria-pressed', 'false');
    }

    // ---- public surface -------------------------------------------------------------------

    start() {
        if (this.#disposed || this.#state !== 'idle') {
            return Promise.resolve();
        }
        return this.#begin();
    }

    stop() {
        const s = this.#session;
        if (!s) {
            return;
        }
        if (this.#state === 'listening') {
            void this.#finish(s, 'stopped');
        } else {
            // Still waiting for permission: there is nothing to send yet.
            this.cancel();
        }
    }

    cancel() {
        const s = this.#session;
        if (!s || this.#disposed) {
            return;
        }
        this.#teardown(s);
        this.#setState('idle');
    }

    dispose() {
        if (this.#disposed) {
            return;
        }
        if (this.#session) {
            this.#teardown(this.#session);
        }
        this.#listeners.abort();
        this.#showLevel(0, true);
        if (this.#button) {
            this.#button.setAttribute('aria-pressed', 'false');
        }
        this.#disposed = true;
        this.#state = 'idle';
        this.#ref = null;
        this.#button = null;
        this.#meter = null;
    }

    // ---- input ----------------------------------------------------------------------------

    #usable() {
        return !this.#disposed && this.#button && !this.#button.disabled;
    }

    /** Enter/Space, a second click, or a click from assistive tech: start or stop. */
    #toggle() {
        if (this.#state === 'idle') {
            void this.start();
        } else if (this.#state === 'listening') {
            this.stop();
        }
    }

    /**
     * Resumes a session's AudioContext if an autoplay policy left it suspended. Called from
     * every input handler: touch pointerdown is not a user-activation event in every browser,
     * but the pointerup, click or key that follows is, and resume() only works inside one.
     */
    #nudgeAudio() {
        const ctx = this.#session && this.#session.ctx;
        if (ctx && ctx.state === 'suspended') {
            ctx.resume().catch(() => { /* the first-audio watchdog reports a context that never runs */ });
        }
    }

    #onPointerDown(e) {
        this.#nudgeAudio();
        if (!this.#usable() || e.button !== 0 || !e.isPrimary) {
            return;
        }
        if (this.#state === 'idle') {
            this.#press = { id: e.pointerId, at: performance.now() };
            try {
                // Keeps pointerup coming to the button if the finger or cursor slides off it.
                this.#button.setPointerCapture(e.pointerId);
            } catch {
                // Not capturable (pointer already gone): release is then just the next pointerup.
            }
            // Synchronously inside the gesture, so the AudioContext is created with activation.
            void this.start();
        } else if (this.#state === 'listening') {
            // Second click of click-to-toggle: stop on the press, it feels more immediate.
            this.#press = null;
            this.stop();
        }
    }

    #onPointerUp(e) {
        this.#nudgeAudio();
        const press = this.#press;
        if (!press || press.id !== e.pointerId) {
            return;
        }
        this.#press = null;
        const held = performance.now() - press.at;
        // Released while still 'requesting' (a permission prompt took the press): treat it as a
        // click, so the recording runs until silence instead of stopping the moment it starts.
        if (this.#state === 'listening' && held > HOLD_MS) {
            this.stop();
        }
    }

    #onKeyDown(e) {
        this.#nudgeAudio();
        if (!this.#usable() || e.altKey || e.ctrlKey || e.metaKey) {
            return;
        }
        if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
            // The button's own activation would also fire a click (and submit an enclosing form).
            e.preventDefault();
            this.#suppressClickUntil = performance.now() + 800;
            if (!e.repeat) {
                this.#toggle();
            }
        }
    }

    #onKeyUp(e) {
        if (e.key === ' ' || e.key === 'Spacebar') {
            // Space activates a button on keyup (Firefox): keep that click from toggling again.
            e.preventDefault();
            this.#suppressClickUntil = performance.now() + 800;
        }
    }

    #onClick(e) {
        this.#nudgeAudio();
        if (performance.now() < this.#suppressClickUntil) {
            e.preventDefault();
            return;
        }
        // Mouse, pen and touch clicks (detail >= 1) were handled on pointerdown/up. A click with
        // detail 0 comes from a screen reader, voice control or element.click(): honour it.
        if (e.detail === 0 && this.#usable()) {
            this.#toggle();
        }
    }

    /** While a session is active, Escape anywhere on the page cancels it. */
    #onDocumentKeyDown(e) {
        if (e.key === 'Escape' || e.key === 'Esc') {
            if (this.#state === 'requesting' || this.#state === 'listening') {
                e.preventDefault();
                this.cancel();
            }
        }
    }

    // ---- session --------------------------------------------------------------------------

    async #begin() {
        const unsupported = unsupportedReason();
        if (unsupported) {
            await this.#notify('OnCaptureError', 'unsupported', unsupported);
            return;
        }

        const s = new Session(this.#maxSamples);
        this.#session = s;
        this.#setState('requesting');
        document.addEventListener('keydown', (e) => this.#onDocumentKeyDown(e), { signal: s.listeners.signal });

        // Created before any await, while the click's user activation is current, so autoplay
        // policies let it run. Default sample rate on purpose: see the worklet's header.
        try {
            s.ctx = new AudioContext({ latencyHint: 'interactive' });
        } catch (error) {
            this.#fail(s, 'failed', `Voice capture couldn't start audio processing: ${error && error.message}`);
            return;
        }
        const moduleLoaded = s.ctx.audioWorklet.addModule(this.#workletUrl);
        moduleLoaded.catch(() => { /* reported below, after getUserMedia, if still relevant */ });

        let stream;
        try {
            stream = await navigator.mediaDevices.getUserMedia({
                audio: {
                    echoCancellation: true,
                    noiseSuppression: true,
                    autoGainControl: true,
                    channelCount: 1,
                },
                video: false,
            });
        } catch (error) {
            if (!this.#stale(s)) {
                const [code, message] = classifyMediaError(error);
                this.#fail(s, code, message);
            }
            return;
        }
        if (this.#stale(s)) {
            // Cancelled or disposed while the permission prompt was up: release it at once.
            for (const track of stream.getTracks()) {
                track.stop();
            }
            return;
        }
        s.stream = stream;

        try {
            await moduleLoaded;
            if (this.#stale(s)) {
                return;
            }
            s.source = s.ctx.createMediaStreamSource(stream);
            s.node = new AudioWorkletNode(s.ctx, 'voice-capture', {
                numberOfInputs: 1,
                numberOfOutputs: 1,
                outputChannelCount: [1],
                // Let the graph mix whatever the device gives down to one channel.
                channelCount: 1,
                channelCountMode: 'explicit',
                channelInterpretation: 'speakers',
                processorOptions: { targetRate: TARGET_RATE, chunkSize: CHUNK_SIZE },
            });
            s.node.port.onmessage = (event) => this.#onAudio(s, event.data);
            s.node.addEventListener('processorerror', () => {
                this.#fail(s, 'failed', 'Voice capture stopped because audio processing failed.');
            }, { signal: s.listeners.signal });
            s.source.connect(s.node);
            // Connected to the destination so every browser keeps pulling the node; the
            // processor never writes its output, so this plays silence.
            s.node.connect(s.ctx.destination);
            await Promise.race([s.ctx.resume(), delay(RESUME_WAIT_MS)]);
        } catch (error) {
            if (!this.#stale(s)) {
                this.#fail(s, 'failed', `Voice capture couldn't start audio processing: ${(error && error.message) || error}`);
            }
            return;
        }
        if (this.#stale(s)) {
            return;
        }

        for (const track of stream.getAudioTracks()) {
            track.addEventListener('ended', () => {
                if (s.detector.speechHeard) {
                    void this.#finish(s, 'stopped');
                } else {
                    this.#fail(s, 'failed', MESSAGES.disconnected);
                }
            }, { signal: s.listeners.signal });
        }
        const watchFirstAudio = () => {
            if (s.gotAudio || this.#stale(s)) {
                return;
            }
            if (this.#press) {
                // Still held: a context suspended for want of user activation starts on release.
                s.timers.push(setTimeout(watchFirstAudio, 500));
            } else {
                this.#fail(s, 'failed', MESSAGES.noAudio);
            }
        };
        s.timers.push(setTimeout(watchFirstAudio, FIRST_AUDIO_TIMEOUT_MS));
        s.timers.push(setTimeout(() => {
            void this.#finish(s, 'max-duration');
        }, (this.#maxSamples / TARGET_RATE) * 1000 + WALL_CLOCK_SLACK_MS));

        this.#setState('listening');
    }

    /** True when `s` is no longer the live session (ended, cancelled, disposed, replaced). */
    #stale(s) {
        return s.ended || s !== this.#session || this.#disposed;
    }

    /**
     * Audio from the worklet: 40 ms of 16 kHz mono. All timing (silence, no speech, maximum)
     * counts samples, not wall-clock time, so it is exact and immune to main-thread jank.
     */
    #onAudio(s, message) {
        if (this.#stale(s) || !message || message.type !== 'audio') {
            return;
        }
        s.gotAudio = true;
        let samples = message.samples;
        const room = s.maxSamples - s.samples;
        if (samples.length > room) {
            samples = samples.subarray(0, room);
        }
        if (samples.length > 0) {
            s.chunks.push(samples);
            s.samples += samples.length;
        }

        let sum = 0;
        for (let start = 0; start + FRAME_SIZE <= samples.length; start += FRAME_SIZE) {
            let frameSum = 0;
            for (let i = start; i < start + FRAME_SIZE; i++) {
                frameSum += samples[i] * samples[i];
            }
            sum += frameSum;
            s.detector.push(Math.sqrt(frameSum / FRAME_SIZE));
        }
        if (samples.length >= FRAME_SIZE) {
            this.#meterFrom(Math.sqrt(sum / (Math.floor(samples.length / FRAME_SIZE) * FRAME_SIZE)));
        }

        if (s.samples >= s.maxSamples) {
            void this.#finish(s, 'max-duration');
            return;
        }
        // While the button is held, the speaker decides when to stop.
        if (this.#press || !s.detector.ready) {
            return;
        }
        if (s.detector.speechHeard) {
            const silence = s.detector.trailingSilenceFrames * FRAME_SIZE;
            if (silence >= this.#silenceSamples) {
                void this.#finish(s, 'silence');
            } else if (this.#draftSamples > 0 && silence >= this.#draftSamples && !draftIsCurrent(s)) {
                this.#sendDraft(s);
            }
        } else if (s.samples >= this.#noSpeechSamples) {
            void this.#finish(s, 'no-speech');
        }
    }

    /**
     * Ends a recording: the microphone is released first, then either the WAV goes to .NET or,
     * if no speech was ever heard, 'no-speech' is reported and nothing is sent.
     * @param {Session} s
     * @param {'silence' | 'max-duration' | 'stopped' | 'no-speech'} reason
     */
    async #finish(s, reason) {
        if (this.#stale(s)) {
            return;
        }
        const heard = s.detector.speechHeard;
        const chunks = s.chunks;
        const total = s.samples;
        const draftCurrent = draftIsCurrent(s);
        this.#teardown(s);
        if (!heard || total === 0) {
            // Not awaited: the button must read idle now, not after a round trip.
            void this.#notify('OnCaptureError', 'no-speech', MESSAGES.noSpeech);
            this.#setState('idle');
            return;
        }

        this.#setState('processing');
        let wav;
        try {
            const bytes = encodeWav(chunks, total);
            const dotNet = globalThis.DotNet;
            wav = dotNet && typeof dotNet.createJSStreamReference === 'function'
                ? dotNet.createJSStreamReference(bytes)
                : bytes; // outside Blazor (tests): the bytes themselves
        } catch (error) {
            void this.#notify('OnCaptureError', 'failed', `The recording couldn't be prepared: ${(error && error.message) || error}`);
            this.#setState('idle');
            return;
        }
        await this.#notify('OnCaptureComplete', wav, (total * 1000) / TARGET_RATE, reason, draftCurrent);
        if (this.#state === 'processing') {
            this.#setState('idle');
        }
    }

    /**
     * Sends the audio so far as a draft. Not awaited, and .NET returns as soon as it has the bytes:
     * listening goes on while the draft is transcribed and searched.
     * @param {Session} s
     */
    #sendDraft(s) {
        s.draftAtFrame = s.detector.count;
        let wav;
        try {
            const bytes = encodeWav(s.chunks, s.samples);
            const dotNet = globalThis.DotNet;
            wav = dotNet && typeof dotNet.createJSStreamReference === 'function' ? dotNet.createJSStreamReference(bytes) : bytes;
        } catch (error) {
            console.warn('voice-capture: the draft could not be prepared', error);
            return;
        }
        void this.#notify('OnCaptureDraft', wav, (s.samples * 1000) / TARGET_RATE);
    }

    /** Reports an error for session `s` (if it is still live), releases it, and goes idle. */
    #fail(s, code, message) {
        if (this.#stale(s)) {
            return;
        }
        this.#teardown(s);
        void this.#notify('OnCaptureError', code, message);
        this.#setState('idle');
    }

    /**
     * Releases everything a session holds. Tracks are stopped first: that is what turns the
     * browser's recording indicator off. Safe to call more than once.
     * @param {Session} s
     */
    #teardown(s) {
        s.ended = true;
        s.listeners.abort();
        for (const timer of s.timers) {
            clearTimeout(timer);
        }
        s.timers.length = 0;
        if (s.stream) {
            for (const track of s.stream.getTracks()) {
                track.stop();
            }
        }
        if (s.node) {
            try {
                s.node.port.onmessage = null;
                s.node.port.postMessage({ type: 'stop' });
                s.node.port.close();
            } catch {
                // Port already closed.
            }
            s.node.disconnect();
        }
        if (s.source) {
            s.source.disconnect();
        }
        if (s.ctx && s.ctx.state !== 'closed') {
            s.ctx.close().catch(() => { /* already closing */ });
        }
        s.node = null;
        s.source = null;
        s.stream = null;
        s.ctx = null;
        if (this.#session === s) {
            this.#session = null;
        }
        this.#press = null;
    }

    // ---- output ---------------------------------------------------------------------------

    /** @param {'idle' | 'requesting' | 'listening' | 'processing'} state */
    #setState(state) {
        if (this.#disposed || this.#state === state) {
            return;
        }
        this.#state = state;
        this.#button.setAttribute('aria-pressed', state === 'listening' ? 'true' : 'false');
        if (state !== 'listening') {
            this.#showLevel(0, true);
        }
        void this.#notify('OnCaptureState', state);
    }

    /**
     * Queues a call into .NET behind the previous ones. Failures (a disconnected circuit, a
     * disposed reference) are logged, never thrown: they must not wedge the recorder.
     */
    #notify(method, ...args) {
        this.#queue = this.#queue
            .then(() => (this.#ref ? this.#ref.invokeMethodAsync(method, ...args) : undefined))
            .catch((error) => console.warn(`voice-capture: ${method} failed`, error));
        return this.#queue;
    }

    /** Smooths an RMS level onto the meter's 0..1 scale (in dB, so quiet speech still shows). */
    #meterFrom(rms) {
        const db = 20 * Math.log10(Math.max(rms, 1e-9));
        const target = Math.min(1, Math.max(0, (db - METER_FLOOR_DB) / METER_RANGE_DB));
        const k = target > this.#level ? METER_ATTACK : METER_RELEASE;
        this.#showLevel(this.#level + (target - this.#level) * k, false);
    }

    #showLevel(level, force) {
        this.#level = level;
        const meter = this.#meter;
        // Skip style writes too small to see; each one costs a style recalculation.
        if (!meter || !(force || Math.abs(level - this.#shownLevel) >= 0.005)) {
            return;
        }
        this.#shownLevel = level;
        meter.style.setProperty('--level', level.toFixed(3));
        if (typeof HTMLMeterElement !== 'undefined' && meter instanceof HTMLMeterElement) {
            meter.value = level;
        }
    }
}
