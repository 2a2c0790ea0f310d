// The connection to the SSE gateway: a stream token first (POST to web-ui, which sets the
// HttpOnly cookie that the gateway reads), then an EventSource on the stream it names.
//
// - The EventSource reconnects by itself after a network error (state "reconnecting").
// - When it gives up (readyState CLOSED, e.g. 401 once the token cookie expired, 429, 503),
//   a fresh token is fetched and a new EventSource opened, after 1 s, 2 s, 4 s... at most 30 s.
// - The token is renewed shortly before it expires; the open stream goes on, and the new cookie
//   serves the EventSource's own reconnections.
// - A "reconnect" event (the gateway replica shuts down) closes the stream and opens a new one,
//   with a fresh token, after a short, randomised delay.

import { backoffDelay, renewalDelay } from './format.js';

const DATA_EVENTS = ['viewer', 'board', 'achievements', 'viewers'];
const RECONNECT_DELAY_MILLIS = 500;
const RECONNECT_SPREAD_MILLIS = 2000;
const RENEWAL_RETRY_MILLIS = 15000;

class StreamError extends Error {

	constructor(kind, message) {
		super(message);
		this.kind = kind;
	}

}

export class Stream {

	/**
	 * @param {object} options
	 * @param {string} options.tokenUrl web-ui's stream token endpoint
	 * @param {string} [options.csrfHeader] CSRF header name
	 * @param {string} [options.csrfToken] CSRF token
	 * @param {(name: string, data: any, id: string) => void} options.onEvent a named event and its parsed data
	 * @param {(state: 'connecting'|'live'|'reconnecting'|'signed-out') => void} options.onState
	 */
	constructor({ tokenUrl, csrfHeader, csrfToken, onEvent, onState }) {
		this.tokenUrl = tokenUrl;
		this.csrfHeader = csrfHeader;
		this.csrfToken = csrfToken;
		this.onEvent = onEvent;
		this.onState = onState;
		this.source = null;
		this.attempt = 0;
		this.generation = 0;
		this.retryTimer = undefined;
		this.renewTimer = undefined;
		this.stopped = true;
		this.onOnline = () => {
			if (!this.stopped && !this.source) {
				this.attempt = 0;
				this.connect();
			}
		};
	}

	start() {
		if (!this.stopped) {
			return;
		}
		this.stopped = false;
		window.addEventListener('online', this.onOnline);
		this.onState('connecting');
		this.connect();
	}

	stop() {
		this.stopped = true;
		this.generation++;
		window.removeEventListener('online', this.onOnline);
		clearTimeout(this.retryTimer);
		clearTimeout(this.renewTimer);
		this.closeSource();
	}

	async connect() {
		const generation = ++this.generation;
		clearTimeout(this.retryTimer);
		this.closeSource();
		let grant;
		try {
			grant = await this.fetchToken();
		}
		catch (error) {
			if (generation === this.generation && !this.stopped) {
				this.retry(error);
			}
			return;
		}
		if (generation !== this.generation || this.stopped) {
			return;
		}
		this.scheduleRenewal(grant.expiresAt);
		this.open(grant.streamUrl);
	}

	async fetchToken() {
		const headers = { Accept: 'application/json' };
		if (this.csrfHeader && this.csrfToken) {
			headers[this.csrfHeader] = this.csrfToken;
		}
		let response;
		try {
			response = await fetch(this.tokenUrl, {
				method: 'POST',
				credentials: 'same-origin',
				headers,
				cache: 'no-store',
				redirect: 'manual',
			});
		}
		catch (error) {
			throw new StreamError('network', `No stream token: ${error}`);
		}
		// A redirect goes to the login page: the session is gone. 403: no longer a member,
		// or a CSRF token of an expired session.
		if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
			throw new StreamError('signed-out', `No stream token: HTTP ${response.status || 'redirect'}`);
		}
		if (!response.ok) {
			throw new StreamError('unavailable', `No stream token: HTTP ${response.status}`);
		}
		const grant = await response.json();
		if (!grant || typeof grant.streamUrl !== 'string') {
			throw new StreamError('unavailable', 'The stream token answer names no stream');
		}
		return grant;
	}

	open(streamUrl) {
		let source;
		try {
			source = new EventSource(streamUrl, { withCredentials: true });
		}
		catch (error) {
			this.retry(new StreamError('unavailable', String(error)));
			return;
		}
		this.source = source;
		const current = () => this.source === source;
		source.addEventListener('open', () => {
			if (current()) {
				this.attempt = 0;
				this.onState('live');
			}
		});
		source.addEventListener('error', () => {
			if (!current()) {
				return;
			}
			if (source.readyState === EventSource.CLOSED) {
				this.source = null;
				this.retry(new StreamError('closed', 'The stream was refused or closed'));
			}
			else {
				this.onState('reconnecting');
			}
		});
		for (const name of DATA_EVENTS) {
			source.addEventListener(name, (event) => {
				if (current()) {
					this.dispatch(name, event);
				}
			});
		}
		source.addEventListener('reconnect', () => {
			if (!current()) {
				return;
			}
			this.closeSource();
			this.onState('reconnecting');
			clearTimeout(this.retryTimer);
			const delay = RECONNECT_DELAY_MILLIS + Math.random() * RECONNECT_SPREAD_MILLIS;
			this.retryTimer = setTimeout(() => this.connect(), delay);
		});
	}

	dispatch(name, event) {
		let data;
		try {
			data = JSON.parse(event.data);
		}
		catch (error) {
			console.warn(`Skipped an unreadable ${name} event`, error);
			return;
		}
		try {
			this.onEvent(name, data, event.lastEventId);
		}
		catch (error) {
			console.error(`Could not show a ${name} event`, error);
		}
	}

	retry(error) {
		if (this.stopped) {
			return;
		}
		this.closeSource();
		this.onState((error && error.kind === 'signed-out') ? 'signed-out' : 'reconnecting');
		const base = backoffDelay(this.attempt++);
		const delay = Math.min(30000, base * (0.85 + Math.random() * 0.3));
		clearTimeout(this.retryTimer);
		this.retryTimer = setTimeout(() => this.connect(), delay);
	}

	scheduleRenewal(expiresAt) {
		clearTimeout(this.renewTimer);
		this.renewTimer = setTimeout(() => this.renew(), renewalDelay(expiresAt, Date.now()));
	}

	async renew() {
		if (this.stopped || !this.source) {
			// Not connected: the next connection fetches a token of its own.
			return;
		}
		try {
			const grant = await this.fetchToken();
			if (!this.stopped) {
				this.scheduleRenewal(grant.expiresAt);
			}
		}
		catch (error) {
			if (!this.stopped) {
				clearTimeout(this.renewTimer);
				this.renewTimer = setTimeout(() => this.renew(), RENEWAL_RETRY_MILLIS);
			}
		}
	}

	closeSource() {
		if (this.source) {
			this.source.close();
			this.source = null;
		}
	}

}
