// Accessible tabs (WAI-ARIA tabs pattern, automatic activation): buttons with role="tab" in a
// role="tablist", each controlling the role="tabpanel" named by aria-controls. Arrow keys, Home
// and End move between tabs.

/**
 * @param {HTMLElement|null} tablist
 * @param {(key: string) => void} [onSelect] called with the selected tab's data-tab
 */
export function setupTabs(tablist, onSelect = () => {}) {
	if (!tablist) {
		return;
	}
	const tabs = Array.from(tablist.querySelectorAll('[role="tab"]'));
	const panelOf = (tab) => tablist.ownerDocument.getElementById(tab.getAttribute('aria-controls'));

	function select(selected, focus) {
		for (const tab of tabs) {
			const active = (tab === selected);
			tab.setAttribute('aria-selected', String(active));
			tab.tabIndex = active ? 0 : -1;
			const panel = panelOf(tab);
			if (panel) {
				panel.hidden = !active;
			}
		}
		if (focus) {
			selected.focus();
		}
		onSelect(selected.dataset.tab);
	}

	for (const tab of tabs) {
		tab.addEventListener('click', () => select(tab, false));
		tab.addEventListener('keydown', (event) => {
			const index = tabs.indexOf(tab);
			let target = null;
			switch (event.key) {
				case 'ArrowRight':
				case 'ArrowDown':
					target = tabs[(index + 1) % tabs.length];
					break;
				case 'ArrowLeft':
				case 'ArrowUp':
					target = tabs[(index - 1 + tabs.length) % tabs.length];
					break;
				case 'Home':
					target = tabs[0];
					break;
				case 'End':
					target = tabs[tabs.length - 1];
					break;
				default:
					return;
			}
			event.preventDefault();
			select(target, true);
		});
	}
	const initial = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') || tabs[0];
	if (initial) {
		select(initial, false);
	}
}
