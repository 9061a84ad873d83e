// The ActorGraph page: reads the SPARQL JSON results of viz/actor-graph.rq (embedded in the page, or
// POSTed to a SPARQL endpoint), builds one node per actor and one edge per (from, relation, to), and
// draws them with Cytoscape.js. Text from the store reaches the page only through textContent.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const readJson = (id) => JSON.parse($(id).textContent);
  const config = readJson('ag-config');
  const style = readJson('ag-style');
  const statusNames = style.statuses.map((s) => s.name);
  const enabledRelations = new Set(Object.keys(style.relations));
  const enabledKinds = new Set(Object.keys(style.kinds));
  let cy = null;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function value(row, name) {
    return row[name] ? row[name].value : '';
  }

  // The status shown for an edge: the first of its events' statuses in the style's order.
  function strongest(statuses) {
    const found = statusNames.find((s) => statuses.includes(s));
    return found !== undefined ? found : (statuses.find((s) => s !== '') || '');
  }

  // The same graph as VizGraph.of on the Java side.
  function buildGraph(results) {
    const nodes = new Map();
    const edges = new Map();
    const addNode = (row, end) => {
      const id = value(row, end);
      if (!nodes.has(id)) {
        nodes.set(id, { id: id, label: value(row, end + 'Label'), kind: value(row, end + 'Kind'),
          wikidata: value(row, end + 'Wikidata'), degree: 0 });
      }
      return id;
    };
    for (const row of results.results.bindings) {
      const from = addNode(row, 'from');
      const to = addNode(row, 'to');
      const relation = value(row, 'relation');
      const key = from + '\n' + relation + '\n' + to;
      let edge = edges.get(key);
      if (!edge) {
        edge = { id: 'e' + edges.size, source: from, target: to, relation: relation, direct: false, events: [] };
        edges.set(key, edge);
      }
      edge.direct = edge.direct || value(row, 'direct') === 'true';
      edge.events.push({ event: value(row, 'event'), status: value(row, 'status'), fromNamed: value(row, 'fromNamed'),
        toNamed: value(row, 'toNamed'), rule: value(row, 'rule'), sentence: value(row, 'sentence'),
        document: value(row, 'document'), date: value(row, 'date') });
    }
    for (const edge of edges.values()) {
      nodes.get(edge.source).degree++;
      nodes.get(edge.target).degree++;
      edge.status = strongest(edge.events.map((e) => e.status));
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  }

  function cytoscapeStyle() {
    const rules = [
      { selector: 'node', style: {
        'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)', 'background-color': '#999',
        'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#222',
        'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 7 } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 'data(width)',
        'line-color': '#999', 'target-arrow-color': '#999', 'arrow-scale': 1.1 } },
    ];
    for (const [kind, k] of Object.entries(style.kinds)) {
      rules.push({ selector: 'node[kind = "' + kind + '"]', style: { 'background-color': k.color, 'shape': k.shape } });
    }
    for (const [relation, r] of Object.entries(style.relations)) {
      rules.push({ selector: 'edge[relation = "' + relation + '"]', style: { 'line-color': r.color, 'target-arrow-color': r.color } });
    }
    for (const s of style.statuses) {
      rules.push({ selector: 'edge[status = "' + s.name + '"]', style: { 'line-style': s.line } });
    }
    rules.push(
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
      { selector: 'edge:selected', style: { 'width': 5 } },
      { selector: '.match', style: { 'border-width': 4, 'border-color': '#ffbf00' } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: '.hidden', style: { 'display': 'none' } });
    return rules;
  }

  // cose reads well up to a few hundred actors; fcose lays out a thousand in about a second.
  function layoutOptions(n) {
    if (n <= 150) {
      return { name: 'cose', animate: false, padding: 30, nodeRepulsion: () => 400000, nodeOverlap: 40,
        idealEdgeLength: () => 110, componentSpacing: 120, numIter: 2000 };
    }
    return { name: 'fcose', animate: false, quality: 'default', randomize: true, padding: 20,
      nodeSeparation: 60, idealEdgeLength: () => 70, packComponents: true };
  }

  function elements(graph) {
    const nodes = graph.nodes.map((n) => ({ group: 'nodes', data: Object.assign({}, n, {
      size: Math.min(70, 18 + 9 * Math.sqrt(n.degree)) }) }));
    const edges = graph.edges.map((e) => ({ group: 'edges', data: Object.assign({}, e, {
      width: 1.5 + Math.min(e.events.length, 6) * 0.6 }) }));
    return nodes.concat(edges);
  }

  function relationLabel(relation) {
    return style.relations[relation] ? style.relations[relation].label : relation;
  }

  function statusLabel(status) {
    const s = style.statuses.find((x) => x.name === status);
    return s ? s.label : status;
  }

  function clearPanel() {
    const panel = $('panel');
    panel.replaceChildren();
    return panel;
  }

  function showEdge(edge) {
    const d = edge.data();
    const panel = clearPanel();
    panel.append(el('h2', cy.getElementById(d.source).data('label') + ' \u2192 ' + cy.getElementById(d.target).data('label')));
    panel.append(el('p', relationLabel(d.relation) + (d.status ? ' \u00b7 ' + statusLabel(d.status) : '')
      + (d.direct ? '' : ' \u00b7 no direct edge (not asserted as done)'), 'meta'));
    panel.append(el('p', d.events.length + (d.events.length === 1 ? ' supporting sentence' : ' supporting sentences'), 'meta'));
    for (const ev of d.events) {
      const box = el('div', null, 'event');
      box.append(el('blockquote', ev.sentence, 'sentence'));
      box.append(el('p', 'document ' + ev.document + (ev.date ? ' \u00b7 ' + ev.date : ' \u00b7 undated'), 'meta doc'));
      box.append(el('p', 'as named: ' + ev.fromNamed + ' \u2192 ' + ev.toNamed
        + (ev.status ? ' \u00b7 ' + statusLabel(ev.status) : '') + ' \u00b7 rule ' + ev.rule, 'meta'));
      panel.append(box);
    }
  }

  function showNode(node) {
    const d = node.data();
    const panel = clearPanel();
    panel.append(el('h2', d.label));
    panel.append(el('p', style.kinds[d.kind] ? style.kinds[d.kind].label : d.kind, 'meta'));
    const wd = el('p', null, 'meta');
    if (/^Q[1-9][0-9]*$/.test(d.wikidata)) {
      wd.append('Wikidata: ');
      const a = el('a', d.wikidata);
      a.href = 'https://www.wikidata.org/wiki/' + d.wikidata;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      wd.append(a);
    } else {
      wd.textContent = 'no confirmed Wikidata id';
    }
    panel.append(wd);
    const list = el('ul');
    const connected = node.connectedEdges().sort((a, b) => (a.data('source') === d.id ? 0 : 1) - (b.data('source') === d.id ? 0 : 1));
    connected.forEach((edge) => {
      const e = edge.data();
      const outgoing = e.source === d.id;
      const other = cy.getElementById(outgoing ? e.target : e.source).data('label');
      const text = outgoing ? relationLabel(e.relation) + ' ' + other : other + ' ' + relationLabel(e.relation) + ' ' + d.label;
      const item = el('li');
      const button = el('button', text + ' (' + e.events.length + ')', 'link');
      button.addEventListener('click', () => {
        cy.elements().unselect();
        edge.select();
        showEdge(edge);
      });
      item.append(button);
      list.append(item);
    });
    panel.append(el('p', connected.length + (connected.length === 1 ? ' relation' : ' relations'), 'meta'));
    panel.append(list);
  }

  function applyFilters() {
    const from = $('date-from').value;
    const to = $('date-to').value;
    const inRange = (date) => /^\d{4}-\d{2}-\d{2}/.test(date) && (!from || date.slice(0, 10) >= from)
      && (!to || date.slice(0, 10) <= to);
    // A kind the style does not know is never filtered out.
    const kindShown = (id) => {
      const kind = cy.getElementById(id).data('kind');
      return !style.kinds[kind] || enabledKinds.has(kind);
    };
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const d = edge.data();
        const shown = enabledRelations.has(d.relation) && kindShown(d.source) && kindShown(d.target)
          && ((!from && !to) || d.events.some((ev) => inRange(ev.date)));
        edge.toggleClass('hidden', !shown);
      });
      cy.nodes().forEach((node) => {
        node.toggleClass('hidden', node.connectedEdges().not('.hidden').empty());
      });
    });
    summarise();
  }

  function search() {
    const q = $('search').value.trim().toLowerCase();
    cy.batch(() => {
      cy.elements().removeClass('match faded');
      if (!q) {
        return;
      }
      const matched = cy.nodes().filter((n) => n.data('label').toLowerCase().includes(q) || n.data('wikidata').toLowerCase() === q);
      matched.addClass('match');
      cy.elements().not(matched.closedNeighborhood()).addClass('faded');
      if (matched.nonempty()) {
        cy.fit(matched.closedNeighborhood(), 60);
      }
    });
  }

  function summarise() {
    const nodes = cy.nodes().not('.hidden');
    const edges = cy.edges().not('.hidden');
    const events = edges.toArray().reduce((sum, e) => sum + e.data('events').length, 0);
    $('summary').textContent = nodes.length + ' actors \u00b7 ' + edges.length + ' relations \u00b7 ' + events + ' sentences'
      + (config.mode === 'live' ? ' \u00b7 live from ' + config.endpoint : '');
  }

  function controls(graph) {
    const present = new Set(graph.edges.map((e) => e.relation));
    for (const [relation, r] of Object.entries(style.relations)) {
      if (!present.has(relation)) {
        continue;
      }
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.relation = relation;
      box.addEventListener('change', () => {
        if (box.checked) {
          enabledRelations.add(relation);
        } else {
          enabledRelations.delete(relation);
        }
        applyFilters();
      });
      const swatch = el('span', null, 'swatch');
      swatch.style.borderTopColor = r.color;
      label.append(box, swatch, r.label);
      $('relations').append(label);
    }
    const kinds = new Set(graph.nodes.map((n) => n.kind));
    for (const [kind, k] of Object.entries(style.kinds)) {
      if (!kinds.has(kind)) {
        continue;
      }
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.kind = kind;
      box.addEventListener('change', () => {
        if (box.checked) {
          enabledKinds.add(kind);
        } else {
          enabledKinds.delete(kind);
        }
        applyFilters();
      });
      const dot = el('span', null, 'dot');
      dot.style.background = k.color;
      label.append(box, dot, k.label);
      $('kinds').append(label);
    }
    $('date-from').addEventListener('change', applyFilters);
    $('date-to').addEventListener('change', applyFilters);
    $('search').addEventListener('input', search);
    $('search').addEventListener('keydown', (event) => {
      const first = cy.nodes('.match').first();
      if (event.key === 'Enter' && first.nonempty()) {
        cy.elements().unselect();
        first.select();
        showNode(first);
      }
    });
    const footer = $('footer');
    for (const [kind, k] of Object.entries(style.kinds)) {
      if (kinds.has(kind)) {
        const item = el('span');
        const dot = el('span', null, 'dot');
        dot.style.background = k.color;
        item.append(dot, k.label + ' (' + k.shape + ')');
        footer.append(item);
      }
    }
    const lines = new Map();
    for (const s of style.statuses) {
      lines.set(s.line, (lines.has(s.line) ? lines.get(s.line) + ', ' : '') + s.label);
    }
    for (const [line, labels] of lines) {
      const item = el('span');
      const swatch = el('span', null, 'swatch');
      swatch.style.borderTopStyle = line;
      swatch.style.borderTopColor = '#555';
      item.append(swatch, labels);
      footer.append(item);
    }
    footer.append(el('span', 'node size: number of relations', 'meta'));
  }

  function draw(results) {
    const graph = buildGraph(results);
    cy = cytoscape({
      container: $('graph'),
      elements: elements(graph),
      style: cytoscapeStyle(),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
    });
    controls(graph);
    cy.on('tap', 'edge', (event) => showEdge(event.target));
    cy.on('tap', 'node', (event) => showNode(event.target));
    const layout = cy.layout(layoutOptions(graph.nodes.length));
    layout.one('layoutstop', () => {
      cy.fit(undefined, 30);
      summarise();
      if (graph.nodes.length === 0) {
        $('summary').textContent = 'The store holds no relation yet.';
      }
      window.actorGraph.ready = true;
      document.body.dataset.ready = 'true';
    });
    window.actorGraph = { cy: cy, graph: graph, ready: false };
    layout.run();
  }

  function fail(message) {
    const summary = $('summary');
    summary.textContent = message;
    summary.className = 'error';
    document.body.dataset.ready = 'error';
  }

  if (config.mode === 'live') {
    fetch(config.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
        'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: config.query }).toString(),
    }).then((response) => {
      if (!response.ok) {
        throw new Error(config.endpoint + ': HTTP ' + response.status);
      }
      return response.json();
    }).then(draw).catch((e) => fail('Cannot load the graph: ' + e.message));
  } else {
    draw(readJson('ag-data'));
  }
}());
