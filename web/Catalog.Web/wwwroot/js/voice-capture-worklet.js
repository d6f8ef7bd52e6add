/**
 * AudioWorkletProcessor for voice-capture.js: takes the microphone at the AudioContext's own rate
 * and hands back 16 kHz mono float samples in fixed-size chunks.
 *
 * Why resample here rather than ask for `new AudioContext({ sampleRate: 16000 })`: Firefox refuses
 * to connect a MediaStreamAudioSourceNode to a context whose rate differs from the device's, so
 * the context runs at its default rate and this processor does the conversion. It is a
 * band-limited (windowed-sinc) resampler, not decimation: dropping samples would fold everything
 * between 8 kHz and the input Nyquist back into the speech band as aliasing.
 *
 * Kept to syntax both Chromium and Firefox accept in an AudioWorkletGlobalScope: no imports, no
 * class fields, no private members; only the `sampleRate` and `registerProcessor` globals.
 */

/** Output rate the speech pipeline expects. */
const DEFAULT_TARGET_RATE = 16000;

/** 640 samples = 40 ms at 16 kHz: 25 messages a second, which also paces the level meter. */
const DEFAULT_CHUNK_SIZE = 640;

/**
 * Low-pass corner (-6 dB point) as a fraction of the lower of the two rates: 0.4375 x 16 kHz =
 * 7 kHz. With the kernel below, the transition band (about 6.3-7.7 kHz) ends under the new
 * 8 kHz Nyquist, so whatever would alias is at least ~80 dB down; flat to 6 kHz, which is all a
 * speech recogniser uses.
 */
const CUTOFF_FRACTION = 0.4375;

/** Sinc zero crossings on each side of the kernel centre; sets the steepness of the transition. */
const ZERO_CROSSINGS = 24;

/** Kaiser window shape: about 80 dB of stop-band attenuation. */
const KAISER_BETA = 7.86;

/**
 * Most rate pairs repeat their sub-sample offsets after a few phases (48 kHz -> 16 kHz: 1,
 * 44.1 kHz: 160, 22.05 kHz: 320), so each offset gets an exact row of weights. An odd rate whose
 * pattern is longer than this is quantised to this many offsets (error under 1/2000 sample).
 */
const MAX_PHASES = 1024;

function gcd(a, b) {
    while (b) {
        [a, b] = [b, a % b];
    }
    return a;
}

/** Zeroth-order modified Bessel function of the first kind, for the Kaiser window. */
function besselI0(x) {
    let sum = 1;
    let term = 1;
    const q = (x * x) / 4;
    for (let k = 1; k < 64; k++) {
        term *= q / (k * k);
        sum += term;
        if (term < sum * 1e-12) {
            break;
        }
    }
    return sum;
}

class VoiceCaptureProcessor extends AudioWorkletProcessor {
    constructor(options) {
        super();
        const opts = (options && options.processorOptions) || {};
        this.inRate = sampleRate; // global of AudioWorkletGlobalScope: the context's rate
        this.outRate = opts.targetRate || DEFAULT_TARGET_RATE;
        this.chunkSize = opts.chunkSize || DEFAULT_CHUNK_SIZE;
        this.running = true;

        // Kaiser-windowed sinc low-pass, h(d) with d in input samples; zero for |d| >= half.
        const cutoffHz = CUTOFF_FRACTION * Math.min(this.inRate, this.outRate);
        const fc = cutoffHz / this.inRate; // cycles per input sample
        const half = Math.ceil(ZERO_CROSSINGS / (2 * fc));
        const i0Beta = besselI0(KAISER_BETA);
        const kernel = (d) => {
            const r = Math.abs(d) / half;
            if (r >= 1) {
                return 0;
            }
            const x = 2 * Math.PI * fc * d;
            const sinc = x === 0 ? 1 : Math.sin(x) / x;
            return 2 * fc * sinc * (besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / i0Beta);
        };

        // Output n sits at input position t = n * inRate / outRate = base + frac. It is the dot
        // product of input base-half+1 .. base+half with the weight row for frac (a polyphase
        // filter bank), so no kernel is evaluated while audio is running.
        this.half = half;
        this.taps = 2 * half;
        const whole = Number.isInteger(this.inRate) && Number.isInteger(this.outRate);
        const divisor = whole ? gcd(this.inRate, this.outRate) : 1;
        this.exact = whole && this.outRate / divisor <= MAX_PHASES;
        this.divisor = divisor;
        this.phases = this.exact ? this.outRate / divisor : MAX_PHASES;
        this.bank = new Float32Array(this.phases * this.taps);
        for (let p = 0; p < this.phases; p++) {
            const frac = p / this.phases;
            let sum = 0;
            for (let j = 0; j < this.taps; j++) {
                const w = kernel(frac + half - 1 - j);
                this.bank[p * this.taps + j] = w;
                sum += w;
            }
            // Unit gain at DC for every row, so no phase is louder than another.
            for (let j = 0; j < this.taps; j++) {
                this.bank[p * this.taps + j] /= sum;
            }
        }

        // Ring buffer of recent input, big enough for the kernel plus a render quantum and slack.
        let size = 1024;
        while (size < this.taps + 1024) {
            size *= 2;
        }
        this.ring = new Float32Array(size);
        this.mask = size - 1;
        this.received = 0; // input samples written so far (absolute index of the next one)
        this.produced = 0; // output samples computed so far

        this.chunk = new Float32Array(this.chunkSize);
        this.filled = 0;

        this.port.onmessage = (event) => {
            if (event.data && event.data.type === 'stop') {
                // Returning false from process() lets the node be collected once disconnected.
                this.running = false;
                this.port.onmessage = null;
            }
        };
    }

    /**
     * Resamples as much as the buffered input allows. Output n needs input up to t + half,
     * so output lags input by about 1.7 ms.
     */
    drain() {
        const ring = this.ring;
        const mask = this.mask;
        const bank = this.bank;
        const taps = this.taps;
        const half = this.half;
        const lastAvailable = this.received - 1;
        for (;;) {
            // Exact in float64 for any realistic recording length: no drift accumulates.
            const position = this.produced * this.inRate;
            let base = Math.floor(position / this.outRate);
            let phase;
            if (this.exact) {
                phase = Math.round((position - base * this.outRate) / this.divisor);
            } else {
                phase = Math.round((position / this.outRate - base) * this.phases);
                if (phase === this.phases) {
                    phase = 0;
                    base++;
                }
            }
            if (base + half > lastAvailable) {
                return;
            }
            // The first outputs reach back before sample 0; those ring slots are still zero.
            const first = base - half + 1;
            const row = phase * taps;
            let acc = 0;
            for (let j = 0; j < taps; j++) {
                acc += ring[(first + j) & mask] * bank[row + j];
            }
            this.chunk[this.filled++] = acc;
            this.produced++;
            if (this.filled === this.chunkSize) {
                const full = this.chunk;
                this.port.postMessage({ type: 'audio', samples: full }, [full.buffer]);
                this.chunk = new Float32Array(this.chunkSize);
                this.filled = 0;
            }
        }
    }

    process(inputs) {
        if (!this.running) {
            return false;
        }
        const input = inputs[0];
        // No channels means nothing is connected (yet): don't invent silence, or the recorder's
        // audio clock would run ahead of the microphone.
        if (input && input.length > 0) {
            // The node is created with channelCount 1 / 'explicit', so the graph has already
            // mixed the microphone down to mono.
            const mono = input[0];
            const n = mono.length;
            for (let j = 0; j < n; j++) {
                this.ring[(this.received + j) & this.mask] = mono[j];
            }
            this.received += n;
            this.drain();
        }
        return true;
    }
}

registerProcessor('voice-capture', VoiceCaptureProcessor);
