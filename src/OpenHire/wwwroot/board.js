// Drag and drop on the board: an enhancement over each card's Move form, which works without it.
// A drop posts that same form (antiforgery token and the stage the card was seen in included) and
// asks for JSON; the card moves only when the server says it moved, and a refusal (409: someone
// moved it meanwhile) is announced and the page reloaded to show where things are.
(() => {
  const board = document.querySelector('.board');
  if (!board) return;
  const status = document.getElementById('board-status');
  const announce = text => { status.textContent = text; };
  let dragged = null;

  for (const card of board.querySelectorAll('.card')) card.draggable = true;

  board.addEventListener('dragstart', event => {
    const card = event.target.closest?.('.card');
    if (!card) return;
    dragged = card;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.dataset.application);
    card.classList.add('dragging');
  });

  board.addEventListener('dragend', () => {
    dragged?.classList.remove('dragging');
    dragged = null;
    for (const column of board.querySelectorAll('.drop-target')) column.classList.remove('drop-target');
  });

  board.addEventListener('dragover', event => {
    const column = event.target.closest?.('.column');
    if (!column || !dragged) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    for (const other of board.querySelectorAll('.drop-target')) if (other !== column) other.classList.remove('drop-target');
    column.classList.add('drop-target');
  });

  board.addEventListener('drop', async event => {
    const column = event.target.closest?.('.column');
    const card = dragged;
    if (!column || !card) return;
    event.preventDefault();
    column.classList.remove('drop-target');
    const from = card.closest('.column');
    if (column === from) return;
    const form = card.querySelector('form.move');
    const name = card.querySelector('.candidate').textContent;
    const stage = column.querySelector('.stage-name').textContent;
    form.elements.to_stage_id.value = column.dataset.stage;
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } });
    if (response.ok) {
      column.querySelector('.cards').prepend(card);
      form.elements.expected_stage_id.value = column.dataset.stage;
      count(from, -1);
      count(column, +1);
      column.querySelector('.empty')?.remove();
      announce(`Moved ${name} to ${stage}.`);
    } else {
      form.elements.to_stage_id.value = form.elements.expected_stage_id.value;
      const problem = await response.json().catch(() => null);
      announce(problem?.detail ?? `${name} could not be moved.`);
      if (response.status === 409) setTimeout(() => location.reload(), 1500);
    }
  });

  function count(column, delta) {
    const badge = column.querySelector('.count');
    const n = parseInt(badge.firstChild.textContent, 10) + delta;
    badge.firstChild.textContent = String(n);
    badge.lastElementChild.textContent = n === 1 ? ' application' : ' applications';
  }
})();
