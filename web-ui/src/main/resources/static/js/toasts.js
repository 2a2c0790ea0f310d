// Toasts: short messages shown one after another, never overwriting each other.

const SHOW_MILLIS = 3500;
const BUSY_SHOW_MILLIS = 1500;
const BUSY_QUEUE = 5;
const LEAVE_MILLIS = 250;
const MAX_QUEUE = 30;

export class Toaster {

	/**
	 * @param {HTMLElement|null} region a polite live region that holds the toasts
	 */
	constructor(region) {
		this.region = region;
		this.queue = [];
		this.showing = false;
	}

	/**
	 * Queues a message; it shows when the ones before it have gone.
	 * @param {string} text
	 */
	show(text) {
		if (!this.region) {
			return;
		}
		this.queue.push(text);
		if (this.queue.length > MAX_QUEUE) {
			// A burst of scores: keep the newest rather than falling minutes behind.
			this.queue.splice(0, this.queue.length - MAX_QUEUE);
		}
		if (!this.showing) {
			this.next();
		}
	}

	next() {
		const text = this.queue.shift();
		if (text === undefined) {
			this.showing = false;
			return;
		}
		this.showing = true;
		const toast = this.region.ownerDocument.createElement('div');
		toast.className = 'toast';
		toast.textContent = text;
		this.region.append(toast);
		requestAnimationFrame(() => toast.classList.add('toast-visible'));
		const millis = (this.queue.length >= BUSY_QUEUE) ? BUSY_SHOW_MILLIS : SHOW_MILLIS;
		setTimeout(() => {
			toast.classList.remove('toast-visible');
			toast.classList.add('toast-leaving');
			setTimeout(() => {
				toast.remove();
				this.next();
			}, LEAVE_MILLIS);
		}, millis);
	}

}
