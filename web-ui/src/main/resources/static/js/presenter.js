// Presenter mode: the scoreboard fills the screen (Fullscreen API) for a classroom projector.
// Where fullscreen is refused or missing, the scoreboard fills the window instead (class
// "presenting"); Escape or the button leaves either.

/**
 * @param {HTMLButtonElement|null} button the toggle, inside target so that it stays reachable
 * @param {HTMLElement} target the scoreboard area
 */
export function setupPresenter(button, target) {
	if (!button || !target) {
		return;
	}
	const document = target.ownerDocument;
	let windowed = false;

	const presenting = () => windowed || document.fullscreenElement === target;

	function sync() {
		const on = presenting();
		target.classList.toggle('presenting', on);
		target.dataset.presenting = String(on);
		document.body.classList.toggle('presenting-page', on);
		button.setAttribute('aria-pressed', String(on));
		button.textContent = on ? 'Leave presenter mode' : 'Presenter mode';
	}

	function enterWindowed() {
		windowed = true;
		sync();
	}

	function enter() {
		if (document.fullscreenEnabled && typeof target.requestFullscreen === 'function') {
			target.requestFullscreen({ navigationUI: 'hide' }).then(sync, enterWindowed);
		}
		else {
			enterWindowed();
		}
	}

	function leave() {
		if (document.fullscreenElement === target) {
			document.exitFullscreen().catch(() => {}).finally(sync);
		}
		windowed = false;
		sync();
	}

	button.addEventListener('click', () => (presenting() ? leave() : enter()));
	document.addEventListener('fullscreenchange', sync);
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && windowed) {
			leave();
		}
	});
	sync();
}
