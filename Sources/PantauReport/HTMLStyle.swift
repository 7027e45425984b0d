/// The report's inline style sheet: readable on screen, A4 when printed, status visible without colour.
enum HTMLStyle {
    static let css = """
    :root{--ok:#1b7f3b;--web:#b36b00;--none:#b3261e;--muted:#5f6368;--line:#dadce0}
    *{box-sizing:border-box}
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#202124;max-width:1100px;margin:0 auto;padding:24px}
    header{border-bottom:3px solid #0b3d91;margin-bottom:16px}
    h1{font-size:24px;margin:0 0 4px;color:#0b3d91}
    h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
    h3{font-size:15px;margin:16px 0 4px}
    .period{margin:0 0 4px;font-size:15px}.scope{margin:0 0 12px;color:var(--muted)}
    .muted{color:var(--muted)}
    .count{font-size:14px;color:var(--muted);font-weight:normal}
    .cards{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0}
    .card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:130px}
    .card .v{font-size:24px;font-weight:700}.card .l{color:var(--muted);font-size:12px}
    .card.ok .v{color:var(--ok)}.card.web .v{color:var(--web)}.card.none .v{color:var(--none)}
    .scroll{overflow-x:auto;max-width:100%;margin:6px 0 10px}.scroll table{margin:0}
    table{border-collapse:collapse;width:100%;margin:6px 0 10px}
    th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
    th{background:#f1f3f4;font-size:12px;text-transform:uppercase;letter-spacing:.03em}
    td.n,th.n{text-align:right;white-space:nowrap}
    tr.s-silent td{background:#fdecea}tr.s-website-only td{background:#fff4e0}tr.broken td{background:#fdecea}
    tr.s-no-data td,tr.s-not-visible td{background:#f1f3f4}
    .b{display:inline-block;width:1.4em;text-align:center;font-weight:700}
    .b.ok{color:var(--ok)}.b.web{color:var(--web)}.b.none{color:var(--none)}.b.wait,.b.unknown{color:var(--muted)}
    ul.posts{margin:2px 0 10px;padding-left:18px}ul.posts li{margin:2px 0;overflow-wrap:anywhere}
    .ch{display:inline-block;font-size:11px;border-radius:4px;padding:0 5px;border:1px solid}
    .ch.social{color:var(--ok)}.ch.web{color:var(--web)}
    .d{color:var(--muted);font-size:12px}.eng{color:var(--muted);font-size:12px}
    a{color:#0b57d0}
    .chart{margin:6px 0 14px}.chart svg{max-width:100%;height:auto}
    .recs li{margin:4px 0}
    footer{margin-top:32px;border-top:1px solid var(--line);padding-top:8px;color:var(--muted);font-size:12px}
    @media (max-width:640px){body{padding:12px}.chart{overflow-x:auto}.chart svg{max-width:none;width:auto}
    th,td{padding:4px 6px}.card{min-width:0;flex:1 1 40%}}
    @page{size:A4;margin:14mm}
    @media print{body{padding:0;font-size:11px;max-width:none}a{color:inherit;text-decoration:none}
    tr,li,.card,.chart{break-inside:avoid}h2,h3{break-after:avoid}section.unit{break-before:auto}
    tr.s-silent td,tr.s-website-only td,tr.broken td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
    """
}
