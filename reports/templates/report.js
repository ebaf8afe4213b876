/* Collapsing tree levels and filtering the findings; no library, nothing fetched.
   Each document section carries its tree as JSON in a script block of type
   application/json, read with JSON.parse, never evaluated. */
(function () {
  "use strict";

  function setUp(section) {
    var block = section.querySelector("script.tree-data");
    var data = block ? JSON.parse(block.textContent) : null;
    var svg = section.querySelector("svg.tree");
    var table = section.querySelector("table.findings");
    var byId = {};
    var collapsed = {};
    var state = { severity: "", category: "", rule: "", nodes: null, node: "" };

    if (data) {
      data.nodes.forEach(function (node) { byId[node.id] = node; });
      data.collapsed.forEach(function (id) { collapsed[id] = true; });
    }

    function subtree(id) {
      var found = {};
      var stack = [id];
      while (stack.length) {
        var current = stack.pop();
        found[current] = true;
        stack.push.apply(stack, byId[current].children);
      }
      return found;
    }

    function edgePath(parent, child) {
      var L = data.layout;
      var sx = parent.x + L.width, sy = parent.y + Math.floor(L.height / 2);
      var ex = child.x, ey = child.y + Math.floor(L.height / 2);
      var mid = Math.floor((sx + ex) / 2);
      return "M" + sx + "," + sy + " C" + mid + "," + sy + " " + mid + "," + ey + " " + ex + "," + ey;
    }

    /* The tidy layout of reports/_html_tree.py lay_out(), again. */
    function layOut() {
      var L = data.layout;
      var places = {};
      var row = 0;
      function place(id, visible) {
        var node = byId[id];
        var open = visible && !collapsed[id] && node.children.length > 0;
        var ys = node.children.map(function (kid) { return place(kid, open); });
        var y = 0;
        if (open) {
          y = Math.floor((ys[0] + ys[ys.length - 1]) / 2);
        } else if (visible) {
          y = L.margin + row * L.row;
          row += 1;
        }
        places[id] = { x: L.margin + node.column * L.column, y: y, visible: visible };
        return y;
      }
      data.roots.forEach(function (id) { place(id, true); });
      Object.keys(places).forEach(function (id) {
        var p = places[id];
        var g = document.getElementById(id);
        g.setAttribute("transform", "translate(" + p.x + "," + p.y + ")");
        if (p.visible) { g.removeAttribute("display"); } else { g.setAttribute("display", "none"); }
        var sign = g.querySelector(".toggle .sign");
        if (sign) { sign.textContent = collapsed[id] ? "+" : "\u2212"; }
      });
      svg.querySelectorAll("path.edge").forEach(function (edge) {
        var parent = places[edge.getAttribute("data-parent")];
        var child = places[edge.getAttribute("data-child")];
        edge.setAttribute("d", edgePath(parent, child));
        if (child.visible) { edge.removeAttribute("display"); } else { edge.setAttribute("display", "none"); }
      });
      var height = 2 * L.margin + Math.max(row, 1) * L.row + 24;
      var width = svg.getAttribute("width");
      svg.setAttribute("height", height);
      svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    }

    function applyFilters() {
      if (!table) { return; }
      var shown = 0;
      table.querySelectorAll("tbody tr.finding").forEach(function (row) {
        var keep = (!state.severity || row.getAttribute("data-severity") === state.severity) &&
          (!state.category || row.getAttribute("data-category") === state.category) &&
          (!state.rule || row.getAttribute("data-rule") === state.rule) &&
          (!state.nodes || state.nodes[row.getAttribute("data-node")] === true);
        row.classList.toggle("filtered-out", !keep);
        if (keep) { shown += 1; }
      });
      var count = section.querySelector(".shown-count");
      if (count) { count.textContent = String(shown); }
      var label = section.querySelector(".node-filter");
      if (label) {
        label.hidden = !state.node;
        var title = state.node ? document.getElementById(state.node).querySelector("title") : null;
        label.querySelector(".node-name").textContent = title ? title.textContent.split("\n")[0] : "";
      }
      if (svg) {
        svg.querySelectorAll(".node.selected").forEach(function (g) { g.classList.remove("selected"); });
        if (state.node) { document.getElementById(state.node).classList.add("selected"); }
      }
    }

    function selectNode(id) {
      state.node = id;
      state.nodes = subtree(id);
      applyFilters();
    }

    function showAll() {
      state.severity = state.category = state.rule = state.node = "";
      state.nodes = null;
      section.querySelectorAll("select[data-filter]").forEach(function (select) { select.value = ""; });
      applyFilters();
    }

    function setAll(fold) {
      collapsed = {};
      if (fold) { data.collapsed.forEach(function (id) { collapsed[id] = true; }); }
      layOut();
    }

    if (svg && data) {
      svg.addEventListener("click", function (event) {
        var toggle = event.target.closest(".toggle");
        var node = event.target.closest(".node");
        if (toggle) {
          var id = toggle.getAttribute("data-toggle");
          collapsed[id] = !collapsed[id];
          layOut();
        } else if (node) {
          selectNode(node.getAttribute("data-node"));
        }
      });
      svg.addEventListener("keydown", function (event) {
        var node = event.target.closest && event.target.closest(".node");
        if (!node) { return; }
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          selectNode(node.getAttribute("data-node"));
        } else if (event.key === "+" || event.key === "-") {
          var id = node.getAttribute("data-node");
          if (byId[id].children.length) {
            collapsed[id] = event.key === "-";
            layOut();
          }
        }
      });
      layOut();
    }
    section.querySelectorAll("select[data-filter]").forEach(function (select) {
      select.addEventListener("change", function () {
        state[select.getAttribute("data-filter")] = select.value;
        applyFilters();
      });
    });
    section.querySelectorAll("button[data-action]").forEach(function (button) {
      button.addEventListener("click", function () {
        var action = button.getAttribute("data-action");
        if (action === "show-all") { showAll(); }
        if (action === "expand" && data) { setAll(false); }
        if (action === "collapse" && data) { setAll(true); }
      });
    });

    /* Reviewers print: the whole tree, then the folds as they were. */
    var folded = null;
    window.addEventListener("beforeprint", function () {
      if (!data) { return; }
      folded = collapsed;
      collapsed = {};
      layOut();
    });
    window.addEventListener("afterprint", function () {
      if (!data || folded === null) { return; }
      collapsed = folded;
      folded = null;
      layOut();
    });
  }

  document.querySelectorAll("section.document").forEach(setUp);
})();
