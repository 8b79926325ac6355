// The pathway graph: my credentials (highlighted), what they stack into and the route's credentials with their
// prerequisites, drawn with Cytoscape (pan, zoom, click for details) and, for keyboards and screen readers, the
// same relations as a list.
import {api} from '../api.js';
import {h, fill} from '../dom.js';
import {t} from '../i18n.js';
import {base, learnerOf, empty, credentialLink} from './common.js';

const TARGETS = 4;
/** At most this many credentials are drawn (a degree's route on a real catalog can be long); the list has them all. */
export const MAX_NODES = 120;

export async function render(main, context) {
  const learner = learnerOf(context);
  const {nodes, edges} = await pathway(learner);
  fill(main, h('h1', {}, t('graph.title')), h('p', {class: 'lead'}, t('graph.lead')));
  if (edges.length === 0) {
    main.append(empty(t('graph.empty'), '#/me/goal', t('next.setGoal')));
    return;
  }
  const canvas = h('div', {class: 'graph', id: 'pathway-graph', role: 'img', 'aria-label': t('graph.canvasLabel')});
  const details = h('div', {id: 'graph-details', 'aria-live': 'polite'}, h('p', {class: 'meta'}, t('graph.clickHint')));
  // held credentials and targets first (added first), then the route in order: the cap keeps the person's own
  const drawn = nodes.slice(0, MAX_NODES);
  main.append(h('p', {class: 'meta'}, t('graph.legend')),
    drawn.length < nodes.length ? h('p', {class: 'notice', id: 'graph-capped'}, t('graph.capped', {shown: drawn.length, total: nodes.length})) : null,
    canvas, details, h('h2', {}, t('graph.listTitle')), relations(nodes, edges));
  // drawn once the page is in the document, so the canvas has its size
  const {default: cytoscape} = await import('/webjars/cytoscape/dist/cytoscape.esm.min.mjs'); // only this page loads it
  requestAnimationFrame(() => draw(cytoscape, canvas, details, drawn, edges));
}

async function pathway(learner) {
  const nodes = new Map();
  const edges = [];
  const add = (id, title, kind) => { if (!nodes.has(id)) nodes.set(id, {id, title: title || id, kind}); else if (kind === 'held') nodes.get(id).kind = 'held'; };
  const record = await api(base(learner));
  record.earned.forEach(e => add(e.credential.id, e.credential.title, 'held'));
  const options = (await api(`${base(learner)}/stacking`)).slice(0, TARGETS);
  for (const option of options) {
    add(option.credential, option.title, 'target');
    const audit = await api(`${base(learner)}/audit/${encodeURIComponent(option.credential)}`);
    for (const counted of audit.counted) edges.push({source: counted.credential, target: option.credential, kind: 'counts'});
  }
  const route = await api(`${base(learner)}/route`).catch(() => null);
  if (route) {
    route.credentials.forEach(step => add(step.credential.id, step.credential.title, 'route'));
    route.credentials.forEach(step => step.prerequisiteFor.forEach(p => edges.push({source: step.credential.id, target: p, kind: 'prerequisite'})));
  }
  return {nodes: [...nodes.values()], edges};
}

function draw(cytoscape, container, details, nodes, edges) {
  const ids = new Set(nodes.map(n => n.id));
  const graph = cytoscape({
    container,
    elements: [...nodes.map(n => ({data: {id: n.id, label: n.title, kind: n.kind}})),
      ...edges.filter(e => ids.has(e.source) && ids.has(e.target))
        .map((e, i) => ({data: {id: `e${i}`, source: e.source, target: e.target, kind: e.kind}}))],
    layout: {name: 'breadthfirst', directed: true, spacingFactor: 1.3},
    style: [
      {selector: 'node', style: {label: 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 80, 'text-valign': 'bottom',
        'background-color': '#6b7580', color: '#1b1f24', width: 18, height: 18}},
      {selector: 'node[kind = "held"]', style: {'background-color': '#17663a', width: 24, height: 24, 'text-valign': 'top'}},
      {selector: 'node[kind = "target"]', style: {'background-color': '#0b5cad', shape: 'round-rectangle', width: 30, height: 30}},
      {selector: 'node[kind = "route"]', style: {'background-color': '#7a4b00', shape: 'diamond'}},
      {selector: 'edge', style: {'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.5, 'line-color': '#9aa4ae', 'target-arrow-color': '#9aa4ae'}},
      {selector: 'edge[kind = "prerequisite"]', style: {'line-style': 'dashed'}},
    ],
  });
  container.dataset.nodes = String(nodes.length); // what the browser tests read
  graph.on('tap', 'node', event => {
    const n = event.target.data();
    fill(details, h('h2', {}, n.label), h('p', {}, t('graph.kind.' + n.kind)), credentialLink(n.id, t('graph.open')));
  });
}

function relations(nodes, edges) {
  const title = id => (nodes.find(n => n.id === id) || {title: id}).title;
  return h('ul', {id: 'graph-list'}, edges.map(e => h('li', {}, credentialLink(e.source, title(e.source)), ' ',
    t('graph.edge.' + e.kind), ' ', credentialLink(e.target, title(e.target)))));
}
