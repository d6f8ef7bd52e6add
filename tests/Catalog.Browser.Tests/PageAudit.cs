using Microsoft.Playwright;

namespace Catalog.Browser.Tests;

/// <summary>
/// Accessibility checks run inside the rendered page: every visible control has a name, and every
/// visible text meets WCAG AA contrast (4.5:1, or 3:1 for large text) against the colour behind it,
/// gradients judged by their least favourable stop.
/// </summary>
internal static class PageAudit
{
    private const string Script =
        """
        () => {
          const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
          const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const page = parse(getComputedStyle(document.body).backgroundColor);
          const backgrounds = el => {
            for (let e = el; e; e = e.parentElement) {
              const s = getComputedStyle(e);
              const stops = (s.backgroundImage.match(/rgba?\([^)]+\)/g) || []).map(parse);
              if (stops.length) return stops.map(c => over(c, page));
              const bg = parse(s.backgroundColor);
              if (bg && bg.a > 0) return [over(bg, page)];
            }
            return [page];
          };
          const problems = [];
          const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) && !el.closest('.visually-hidden'); };
          for (const el of document.querySelectorAll('a, button, input:not([type=hidden]), select, summary, [role=button]')) {
            if (!visible(el)) continue;
            const labelled = el.getAttribute('aria-labelledby');
            const name = (el.getAttribute('aria-label') || (labelled && document.getElementById(labelled)?.innerText) || (el.labels && [...el.labels].map(l => l.innerText).join(' ')) || el.innerText || el.getAttribute('title') || '').trim();
            if (!name) problems.push(`no accessible name: ${el.outerHTML.slice(0, 120)}`);
          }
          for (const el of document.querySelectorAll('body *')) {
            if (!visible(el) || ![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const s = getComputedStyle(el);
            const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            const fg = parse(s.color);
            const worst = Math.min(...backgrounds(el).map(bg => ratio(over({ ...fg, a: fg.a * (parseFloat(s.opacity) || 1) }, bg), bg)));
            if (worst < needed) problems.push(`contrast ${worst.toFixed(2)} < ${needed}: "${el.innerText.trim().slice(0, 40)}" (${s.color})`);
          }
          return problems;
        }
        """;

    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var problems = await page.EvaluateAsync<string[]>(Script);
        Assert.True(problems.Length == 0, $"{what}: {problems.Length} problems\n" + string.Join('\n', problems.Distinct().Take(20)));
    }
}
