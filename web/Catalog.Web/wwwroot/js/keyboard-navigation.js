// Keyboard navigation for poster grids and rows: arrow keys move between cards (a grid by rows
// and columns as laid out, a row left and right), Home and End jump to the ends, and "/" puts the
// cursor in the search box. Delegated from the document, so it holds across Blazor re-renders.

const typing = element => element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
    || element instanceof HTMLSelectElement || element?.isContentEditable;

function cardsOf(container) {
    return [...container.querySelectorAll(':scope > li a.card')];
}

/** The card in the next or previous visual row nearest in x, or null at the edge. */
function verticalNeighbour(cards, current, direction) {
    const from = current.getBoundingClientRect();
    const candidates = cards
        .map(card => ({ card, box: card.getBoundingClientRect() }))
        .filter(({ box }) => direction > 0 ? box.top > from.top + from.height / 2 : box.bottom < from.top + from.height / 2);
    if (candidates.length === 0) {
        return null;
    }

    const rowTop = direction > 0 ? Math.min(...candidates.map(c => c.box.top)) : Math.max(...candidates.map(c => c.box.top));
    return candidates
        .filter(c => Math.abs(c.box.top - rowTop) < 2)
        .sort((a, b) => Math.abs(a.box.left - from.left) - Math.abs(b.box.left - from.left))[0].card;
}

function target(event, cards, index, isGrid) {
    switch (event.key) {
        case 'ArrowRight': return cards[index + 1] ?? null;
        case 'ArrowLeft': return cards[index - 1] ?? null;
        case 'Home': return cards[0];
        case 'End': return cards[cards.length - 1];
        case 'ArrowDown': return isGrid ? verticalNeighbour(cards, cards[index], 1) : null;
        case 'ArrowUp': return isGrid ? verticalNeighbour(cards, cards[index], -1) : null;
        default: return null;
    }
}

document.addEventListener('keydown', event => {
    if (event.altKey || event.ctrlKey || event.metaKey) {
        return;
    }

    if (event.key === '/' && !typing(document.activeElement)) {
        const box = document.querySelector('[data-search-box]') ?? document.querySelector('input[type=search]');
        if (box) {
            event.preventDefault();
            box.focus();
            box.select();
        }
        return;
    }

    if (event.key === 'ArrowDown' && document.activeElement?.matches('[data-search-box]')) {
        const first = document.querySelector('[data-keyboard-grid] > li a.card');
        if (first) {
            event.preventDefault();
            first.focus();
        }
        return;
    }

    const card = document.activeElement?.closest('a.card');
    const container = card?.closest('[data-keyboard-grid], [data-keyboard-row]');
    if (!container) {
        return;
    }

    const cards = cardsOf(container);
    const next = target(event, cards, cards.indexOf(card), container.hasAttribute('data-keyboard-grid'));
    if (next) {
        event.preventDefault();
        next.focus();
        next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
});
