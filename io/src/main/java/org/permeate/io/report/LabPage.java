package org.permeate.io.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.permeate.measure.UnitSystem;

/**
 * The HTML page of the osmosis lab: the report as {@link HtmlReport} writes it, with an animation
 * placed before the inputs — the levels of a U-tube, a cell swelling or shrinking, or a
 * concentration profile flattening — beside a chart of the same frames. Self-contained: inline
 * SVG, CSS and a small script, nothing fetched from elsewhere. Stateless.
 */
public final class LabPage {

    /**
     * One frame of an animation.
     *
     * @param time   s
     * @param label  the time as shown, e.g. "5.2 h"
     * @param values the numbers the drawing needs (by kind: levels and osmolalities; relative
     *               volume and turgor; a concentration profile)
     */
    public record Frame(double time, String label, double[] values) {
        public Frame {
            values = values.clone();
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("animation value is not finite: " + v);
                }
            }
        }
    }

    /**
     * An animation.
     *
     * @param kind   "u-tube", "cell" or "diffusion"
     * @param title  caption
     * @param names  names of the parts (the two sides; the cell; the series)
     * @param frames frames in time order
     * @param params numbers the drawing needs besides the frames
     */
    public record Animation(String kind, String title, List<String> names, List<Frame> frames,
                            Map<String, Double> params) {
        public Animation {
            if (!List.of("u-tube", "cell", "diffusion").contains(kind)) {
                throw new IllegalArgumentException("unknown animation kind " + kind);
            }
            names = List.copyOf(names);
            frames = List.copyOf(frames);
            params = Map.copyOf(params);
            if (frames.isEmpty()) {
                throw new IllegalArgumentException("an animation needs frames");
            }
        }
    }

    private static final String CSS = """
            <style>
            .lab { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 18px; margin: 18px 0; }
            .lab figure { margin: 0; border: 1px solid #d8dee6; border-radius: 6px; padding: 10px; }
            .lab .controls { display: flex; align-items: center; gap: 10px; margin: 8px 0 0; font-size: 13px; }
            .lab button { font: inherit; padding: 3px 12px; border: 1px solid #1f6fb2; background: #fff; color: #1f6fb2;
                          border-radius: 4px; cursor: pointer; }
            .lab input[type=range] { flex: 1; }
            .lab .readout { color: #5d6b7a; font-variant-numeric: tabular-nums; min-width: 9em; }
            .lab svg text { font: 12px system-ui, sans-serif; fill: #1d2733; }
            </style>
            """;

    private static final String SCRIPT = """
            (function () {
              var A = JSON.parse(document.getElementById('lab-data').textContent);
              var NS = 'http://www.w3.org/2000/svg';
              var scene = document.getElementById('lab-scene'), chart = document.getElementById('lab-chart');
              var slider = document.getElementById('lab-slider'), readout = document.getElementById('lab-time');
              var button = document.getElementById('lab-play');
              var F = A.frames, n = F.length;
              function el(parent, name, attrs, text) {
                var e = document.createElementNS(NS, name);
                for (var k in attrs) { e.setAttribute(k, attrs[k]); }
                if (text !== undefined) { e.textContent = text; }
                parent.appendChild(e); return e;
              }
              function lerp(a, b, f) { return a + (b - a) * f; }
              function valuesAt(pos) {
                var i = Math.min(Math.floor(pos), n - 1), j = Math.min(i + 1, n - 1), f = pos - i;
                return F[i].v.map(function (x, k) { return lerp(x, F[j].v[k], f); });
              }
              function fmt(x) { return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2); }
              // ---- chart: one or more series against time (u-tube, cell) or position (diffusion)
              var W = 560, H = 300, L = 60, R = 14, T = 16, B = 40;
              function axes(xs, ys, xLabel, yLabel) {
                var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
                var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
                if (y1 - y0 < 1e-12) { y0 -= 1; y1 += 1; }
                var pad = 0.06 * (y1 - y0); y0 -= pad; y1 += pad;
                if (x1 === x0) { x1 = x0 + 1; }
                var sx = function (x) { return L + (x - x0) / (x1 - x0) * (W - L - R); };
                var sy = function (y) { return T + (y1 - y) / (y1 - y0) * (H - T - B); };
                el(chart, 'line', {x1: L, x2: L, y1: T, y2: H - B, stroke: '#8894a2'});
                el(chart, 'line', {x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: '#8894a2'});
                for (var k = 0; k <= 4; k++) {
                  var yv = y0 + (y1 - y0) * k / 4, xv = x0 + (x1 - x0) * k / 4;
                  el(chart, 'text', {x: L - 6, y: sy(yv) + 4, 'text-anchor': 'end'}, fmt(yv));
                  el(chart, 'line', {x1: L, x2: W - R, y1: sy(yv), y2: sy(yv), stroke: '#eef1f4'});
                  el(chart, 'text', {x: sx(xv), y: H - B + 16, 'text-anchor': 'middle'}, fmt(xv));
                }
                el(chart, 'text', {x: (L + W - R) / 2, y: H - 6, 'text-anchor': 'middle'}, xLabel);
                el(chart, 'text', {x: 14, y: (T + H - B) / 2, 'text-anchor': 'middle',
                  transform: 'rotate(-90 14 ' + (T + H - B) / 2 + ')'}, yLabel);
                return {sx: sx, sy: sy};
              }
              function line(s, xs, ys, color, dash) {
                var pts = xs.map(function (x, i) { return s.sx(x).toFixed(1) + ',' + s.sy(ys[i]).toFixed(1); }).join(' ');
                var a = {points: pts, fill: 'none', stroke: color, 'stroke-width': 2};
                if (dash) { a['stroke-dasharray'] = dash; }
                return el(chart, 'polyline', a);
              }
              var colors = ['#1f6fb2', '#d1495b', '#2a9d5c'];
              var tMax = F[n - 1].t;
              var tu = tMax > 2 * 86400 ? {div: 86400, name: 'd'} : tMax > 2 * 3600 ? {div: 3600, name: 'h'}
                : tMax > 120 ? {div: 60, name: 'min'} : {div: 1, name: 's'};
              var draw;
              if (A.kind === 'u-tube') {
                var hs = [], maxH = 0, maxC = 1e-300;
                F.forEach(function (f) { maxH = Math.max(maxH, f.v[0], f.v[1]); maxC = Math.max(maxC, f.v[2], f.v[3]); });
                var scale = 250 / (maxH * 1.08), base = 300;
                var wl = Math.max(14, Math.min(90, 40 * Math.sqrt(A.params.leftBore / Math.max(A.params.leftBore, A.params.rightBore)) * 2));
                var wr = Math.max(14, Math.min(90, 40 * Math.sqrt(A.params.rightBore / Math.max(A.params.leftBore, A.params.rightBore)) * 2));
                var xl = 150, xr = 330;
                el(scene, 'rect', {x: xl - wl / 2 - 3, y: 30, width: wl + 6, height: base - 30 + 3, fill: 'none', stroke: '#5d6b7a', 'stroke-width': 3});
                el(scene, 'rect', {x: xr - wr / 2 - 3, y: 30, width: wr + 6, height: base - 30 + 3, fill: 'none', stroke: '#5d6b7a', 'stroke-width': 3});
                el(scene, 'rect', {x: xl - wl / 2, y: base, width: xr - xl + (wl + wr) / 2, height: 26, fill: '#cfe3f5', stroke: '#5d6b7a', 'stroke-width': 3});
                el(scene, 'line', {x1: (xl + xr) / 2, x2: (xl + xr) / 2, y1: base, y2: base + 26, stroke: '#2a9d5c', 'stroke-width': 4, 'stroke-dasharray': '3 2'});
                el(scene, 'text', {x: (xl + xr) / 2, y: base + 44, 'text-anchor': 'middle'}, 'membrane');
                var liqL = el(scene, 'rect', {x: xl - wl / 2, width: wl, fill: '#1f6fb2'});
                var liqR = el(scene, 'rect', {x: xr - wr / 2, width: wr, fill: '#1f6fb2'});
                var labL = el(scene, 'text', {x: xl, 'text-anchor': 'middle'}), labR = el(scene, 'text', {x: xr, 'text-anchor': 'middle'});
                el(scene, 'text', {x: xl, y: 20, 'text-anchor': 'middle'}, A.names[0]);
                el(scene, 'text', {x: xr, y: 20, 'text-anchor': 'middle'}, A.names[1]);
                var dh = el(scene, 'text', {x: (xl + xr) / 2, y: base + 66, 'text-anchor': 'middle', 'font-weight': '600'});
                var ts = F.map(function (f) { return f.t / tu.div; });
                var s = axes(ts, F.map(function (f) { return f.v[0] * 100; }).concat(F.map(function (f) { return f.v[1] * 100; })),
                  'time [' + tu.name + ']', 'level above the membrane [cm]');
                line(s, ts, F.map(function (f) { return f.v[0] * 100; }), colors[0]);
                line(s, ts, F.map(function (f) { return f.v[1] * 100; }), colors[1]);
                var cursor = el(chart, 'line', {y1: T, y2: H - B, stroke: '#9aa6b4', 'stroke-dasharray': '4 3'});
                draw = function (pos) {
                  var v = valuesAt(pos), t = lerp(F[Math.floor(pos)].t, F[Math.min(Math.floor(pos) + 1, n - 1)].t, pos - Math.floor(pos));
                  var yl = base - v[0] * scale, yr = base - v[1] * scale;
                  liqL.setAttribute('y', yl); liqL.setAttribute('height', Math.max(0, base - yl));
                  liqR.setAttribute('y', yr); liqR.setAttribute('height', Math.max(0, base - yr));
                  liqL.setAttribute('fill-opacity', (0.25 + 0.75 * v[2] / maxC).toFixed(3));
                  liqR.setAttribute('fill-opacity', (0.25 + 0.75 * v[3] / maxC).toFixed(3));
                  labL.setAttribute('y', yl - 6); labL.textContent = fmt(v[0] * 100) + ' cm';
                  labR.setAttribute('y', yr - 6); labR.textContent = fmt(v[1] * 100) + ' cm';
                  dh.textContent = 'Δh = ' + fmt((v[1] - v[0]) * 100) + ' cm (' + fmt((v[1] - v[0]) / 0.0254) + ' in)';
                  cursor.setAttribute('x1', s.sx(t / tu.div)); cursor.setAttribute('x2', s.sx(t / tu.div));
                };
              } else if (A.kind === 'cell') {
                var maxV = A.params.criticalRelative > 0 ? A.params.criticalRelative : 1;
                F.forEach(function (f) { maxV = Math.max(maxV, f.v[0]); });
                var r0 = 110 / Math.cbrt(maxV), cx = 230, cy = 170;
                if (A.params.criticalRelative > 0) {
                  el(scene, 'circle', {cx: cx, cy: cy, r: r0 * Math.cbrt(A.params.criticalRelative), fill: 'none', stroke: '#d1495b', 'stroke-dasharray': '5 4'});
                  el(scene, 'text', {x: cx, y: cy - r0 * Math.cbrt(A.params.criticalRelative) - 6, 'text-anchor': 'middle', fill: '#d1495b'}, 'lysis volume');
                }
                el(scene, 'circle', {cx: cx, cy: cy, r: r0, fill: 'none', stroke: '#9aa6b4', 'stroke-dasharray': '2 3'});
                var body = el(scene, 'circle', {cx: cx, cy: cy, fill: '#e8a0a8', stroke: '#a3344a', 'stroke-width': 3});
                var info = el(scene, 'text', {x: cx, y: 330, 'text-anchor': 'middle'});
                el(scene, 'text', {x: cx, y: 20, 'text-anchor': 'middle'}, A.names[0] + ' in ' + A.names[1]);
                var ts = F.map(function (f) { return f.t / tu.div; });
                var s = axes(ts, F.map(function (f) { return f.v[0]; }).concat([1]), 'time [' + tu.name + ']', 'volume / starting volume');
                line(s, ts, F.map(function (f) { return f.v[0]; }), colors[0]);
                if (A.params.criticalRelative > 0 && A.params.criticalRelative <= maxV * 1.01) {
                  line(s, [ts[0], ts[n - 1]], [A.params.criticalRelative, A.params.criticalRelative], colors[1], '5 4');
                }
                var cursor = el(chart, 'line', {y1: T, y2: H - B, stroke: '#9aa6b4', 'stroke-dasharray': '4 3'});
                draw = function (pos) {
                  var v = valuesAt(pos), t = lerp(F[Math.floor(pos)].t, F[Math.min(Math.floor(pos) + 1, n - 1)].t, pos - Math.floor(pos));
                  body.setAttribute('r', r0 * Math.cbrt(v[0]));
                  var burst = A.params.lysed > 0 && pos >= n - 1.001;
                  body.setAttribute('stroke-dasharray', burst ? '6 8' : '');
                  info.textContent = 'V/V0 = ' + v[0].toFixed(3) + (v[1] > 0 ? ', turgor ' + (v[1] / 1e5).toFixed(2) + ' bar' : '')
                    + (burst ? ' — lysed' : '');
                  cursor.setAttribute('x1', s.sx(t / tu.div)); cursor.setAttribute('x2', s.sx(t / tu.div));
                };
              } else {
                var xs = A.params.positions, cells = xs.length, maxC = 1e-300;
                F.forEach(function (f) { f.v.forEach(function (c) { maxC = Math.max(maxC, c); }); });
                var w = 440 / cells, rects = [];
                for (var i = 0; i < cells; i++) {
                  rects.push(el(scene, 'rect', {x: 20 + i * w, y: 120, width: w + 0.6, height: 80, fill: '#8e5cc4'}));
                }
                el(scene, 'rect', {x: 20, y: 120, width: 440, height: 80, fill: 'none', stroke: '#5d6b7a', 'stroke-width': 2});
                el(scene, 'text', {x: 240, y: 100, 'text-anchor': 'middle'}, A.names[0]);
                var info = el(scene, 'text', {x: 240, y: 240, 'text-anchor': 'middle'});
                var xmm = xs.map(function (x) { return x * 1000; });
                var s = axes(xmm, [0, maxC], 'position [mm]', A.names[1]);
                F.forEach(function (f, k) { if (k > 0) { line(s, xmm, f.v, '#c9d3de'); } });
                var live = line(s, xmm, F[0].v, colors[0]);
                draw = function (pos) {
                  var v = valuesAt(pos);
                  for (var i = 0; i < cells; i++) { rects[i].setAttribute('fill-opacity', (0.05 + 0.95 * v[i] / maxC).toFixed(3)); }
                  live.setAttribute('points', xmm.map(function (x, i) { return s.sx(x).toFixed(1) + ',' + s.sy(v[i]).toFixed(1); }).join(' '));
                  info.textContent = 'time ' + F[Math.round(pos)].label;
                };
              }
              var pos = 0, playing = false, last = null;
              slider.max = String((n - 1) * 100);
              function show(p) { pos = p; slider.value = String(Math.round(p * 100)); readout.textContent = F[Math.round(p)].label; draw(p); }
              function tick(ts) {
                if (!playing) { return; }
                if (last !== null) { pos += (ts - last) / 1000 * Math.max(1, (n - 1) / 8); }
                last = ts;
                if (pos >= n - 1) { pos = n - 1; playing = false; button.textContent = 'Play'; }
                show(pos);
                if (playing) { requestAnimationFrame(tick); }
              }
              button.addEventListener('click', function () {
                if (playing) { playing = false; button.textContent = 'Play'; return; }
                if (pos >= n - 1) { pos = 0; }
                playing = true; last = null; button.textContent = 'Pause'; requestAnimationFrame(tick);
              });
              slider.addEventListener('input', function () { playing = false; button.textContent = 'Play'; show(Number(slider.value) / 100); });
              show(0);
            })();
            """;

    private LabPage() {
    }

    /**
     * @param report    the report
     * @param units     display units for the report's values
     * @param animation the animation
     * @return the page
     */
    public static String render(final Report report, final UnitSystem units, final Animation animation) {
        final String page = HtmlReport.render(report, units);
        final StringBuilder block = new StringBuilder(8192);
        block.append(CSS);
        block.append("<section id=\"lab\">\n<h2>").append(HtmlReport.escape(animation.title())).append("</h2>\n")
             .append("<div class=\"lab\">\n<figure><svg id=\"lab-scene\" viewBox=\"0 0 480 380\" role=\"img\" aria-label=\"")
             .append(HtmlReport.escape(animation.title())).append("\"></svg>\n")
             .append("<div class=\"controls\"><button id=\"lab-play\" type=\"button\">Play</button>")
             .append("<input id=\"lab-slider\" type=\"range\" min=\"0\" max=\"100\" value=\"0\" aria-label=\"time\">")
             .append("<span class=\"readout\" id=\"lab-time\"></span></div></figure>\n")
             .append("<figure><svg id=\"lab-chart\" viewBox=\"0 0 560 300\" role=\"img\" aria-label=\"chart\"></svg></figure>\n")
             .append("</div>\n");
        block.append("<script type=\"application/json\" id=\"lab-data\">").append(json(animation)).append("</script>\n");
        block.append("<script>\n").append(SCRIPT).append("</script>\n</section>\n");
        final int at = page.indexOf("</header>\n");
        if (at < 0) {
            throw new IllegalStateException("HTML report without a header");
        }
        final int insert = at + "</header>\n".length();
        return page.substring(0, insert) + block + page.substring(insert);
    }

    /** The animation as JSON, safe inside a script element (no "&lt;" or "&amp;" left unescaped). */
    static String json(final Animation a) {
        final StringBuilder sb = new StringBuilder();
        sb.append("{\"kind\":").append(string(a.kind())).append(",\"names\":[");
        for (int i = 0; i < a.names().size(); i++) {
            sb.append(i > 0 ? "," : "").append(string(a.names().get(i)));
        }
        sb.append("],\"params\":{");
        boolean first = true;
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(a.params()).entrySet()) {
            sb.append(first ? "" : ",").append(string(e.getKey())).append(':').append(number(e.getValue()));
            first = false;
        }
        if (a.kind().equals("diffusion")) {
            // positions travel as params too: params "x0", "x1", ... are gathered into an array
            sb.append(first ? "" : ",").append("\"positions\":[");
            final int cells = a.frames().get(0).values().length;
            for (int i = 0; i < cells; i++) {
                sb.append(i > 0 ? "," : "").append(number(a.params().getOrDefault("x" + i, (double) i)));
            }
            sb.append(']');
        }
        sb.append("},\"frames\":[");
        for (int f = 0; f < a.frames().size(); f++) {
            final Frame fr = a.frames().get(f);
            sb.append(f > 0 ? "," : "").append("{\"t\":").append(number(fr.time())).append(",\"label\":")
              .append(string(fr.label())).append(",\"v\":[");
            final double[] v = fr.values();
            for (int i = 0; i < v.length; i++) {
                sb.append(i > 0 ? "," : "").append(number(v[i]));
            }
            sb.append("]}");
        }
        return sb.append("]}").toString();
    }

    private static String number(final double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.9g", v);
    }

    private static String string(final String s) {
        final StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
