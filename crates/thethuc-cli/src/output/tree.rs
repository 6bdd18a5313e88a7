//! The recognised document tree printed by `thethuc parse`: a table of the components found
//! (human) or every component with its line, column and byte range (JSON).

use serde_json::{json, Value};
use std::fmt::Write as _;
use thethuc::{Document, Source, Span};

pub fn tree_json(source: &Source, doc: &Document) -> Value {
    let text = source.text();
    let line = |i: usize| {
        let l = &doc.lines[i];
        let p = source.place(l.span);
        json!({ "text": l.span.of(text), "line": p.line, "column": p.column, "start": p.start, "end": p.end })
    };
    let lines = |v: &[usize]| v.iter().map(|&i| line(i)).collect::<Vec<_>>();
    let opt = |o: Option<usize>| o.map_or(Value::Null, line);
    let h = &doc.header;
    json!({
        "regime": doc.regime,
        "header": {
            "quoc_hieu": opt(h.quoc_hieu),
            "tieu_ngu": opt(h.tieu_ngu),
            "party_heading": opt(h.party_heading),
            "issuer": lines(&h.issuer),
            "so_ky_hieu": opt(h.so),
            "place_date": opt(h.place_date),
        },
        "title": doc.title.as_ref().map(|t| json!({
            "type_name": line(t.type_line),
            "type": t.doc_type.map(|d| d.name),
            "trich_yeu": lines(&t.trich_yeu),
        })),
        "cong_van_trich_yeu": lines(&doc.vv),
        "kinh_gui": doc.kinh_gui.as_ref().map(|k| json!({ "label": line(k.label), "items": lines(&k.items) })),
        "authority_heading": opt(doc.authority_heading),
        "preamble": lines(&doc.preamble),
        "enacting": opt(doc.enacting),
        "body": {
            "lines": doc.body.len(),
            "structure": doc.body.clone().filter(|&i| !matches!(doc.lines[i].kind, thethuc::document::LineKind::Paragraph)).map(|i| {
                let mut v = line(i);
                v["kind"] = serde_json::to_value(&doc.lines[i].kind).ok().and_then(|k| k.get("kind").cloned()).unwrap_or(Value::Null);
                v
            }).collect::<Vec<_>>(),
        },
        "closing": {
            "noi_nhan": doc.closing.noi_nhan.as_ref().map(|n| json!({
                "label": line(n.label),
                "items": n.items.iter().map(|it| lines(&it.lines)).collect::<Vec<_>>(),
                "luu": opt(n.luu),
            })),
            "signature": {
                "authority": lines(&doc.closing.signature.authority),
                "positions": lines(&doc.closing.signature.positions),
                "name": opt(doc.closing.signature.name),
                "held_post": lines(&doc.closing.signature.held_post),
                "beside": lines(&doc.closing.signature.beside),
            },
            "stray": lines(&doc.closing.stray),
        },
        "citations": doc.citations.iter().map(|c| {
            let t = |s: Option<Span>| s.map_or(Value::Null, |s| Value::from(s.of(text)));
            let p = source.place(c.span);
            json!({
                "text": c.span.of(text),
                "line": p.line,
                "type": t(c.doc_type),
                "number": t(c.number),
                "year": t(c.year),
                "code": t(c.code),
                "date": c.date.map(|d| format!("{:02}/{:02}/{}", d.day, d.month, d.year)),
                "issuer": t(c.issuer),
            })
        }).collect::<Vec<_>>(),
        "sections": doc.sections.iter().map(|s| section_json(source, doc, s)).collect::<Vec<_>>(),
        "appendices": doc.appendices.iter().map(|a| json!({
            "heading": line(a.heading),
            "reference": opt(a.reference),
            "lines": a.lines.len(),
        })).collect::<Vec<_>>(),
    })
}

fn section_json(source: &Source, doc: &Document, s: &thethuc::document::Section) -> Value {
    let text = source.text();
    let (line, _) = source.line_col(source.to_original(doc.lines[s.line].span.start, false));
    json!({
        "kind": s.kind,
        "number": s.number.of(text),
        "title": s.title.map(|t| t.of(text)),
        "line": line,
        "children": s.children.iter().map(|c| section_json(source, doc, c)).collect::<Vec<_>>(),
    })
}

pub fn tree_human(source: &Source, doc: &Document) -> String {
    let text = source.text();
    let mut out = String::new();
    let show = |out: &mut String, label: &str, i: Option<usize>| {
        let v = i.map_or_else(
            || "—".to_owned(),
            |i| {
                let l = &doc.lines[i];
                let (line, _) = source.line_col(source.to_original(l.span.start, false));
                format!("{}  (dòng {line})", super::visible(l.span.of(text)))
            },
        );
        let _ = writeln!(out, "{label:<24}{v}");
    };
    let many = |out: &mut String, label: &str, v: &[usize]| {
        if v.is_empty() {
            show(out, label, None);
        }
        for (k, &i) in v.iter().enumerate() {
            show(out, if k == 0 { label } else { "" }, Some(i));
        }
    };
    let _ = writeln!(out, "Chế độ văn bản          {:?}", doc.regime);
    show(&mut out, "Quốc hiệu", doc.header.quoc_hieu);
    show(&mut out, "Tiêu ngữ", doc.header.tieu_ngu);
    many(&mut out, "Cơ quan ban hành", &doc.header.issuer);
    show(&mut out, "Số, ký hiệu", doc.header.so);
    show(&mut out, "Địa danh, ngày tháng", doc.header.place_date);
    show(
        &mut out,
        "Tên loại",
        doc.title.as_ref().map(|t| t.type_line),
    );
    many(
        &mut out,
        "Trích yếu",
        doc.title.as_ref().map_or(&[][..], |t| &t.trich_yeu),
    );
    many(&mut out, "V/v (công văn)", &doc.vv);
    show(&mut out, "Kính gửi", doc.kinh_gui.as_ref().map(|k| k.label));
    let _ = writeln!(
        out,
        "{:<24}{} đoạn căn cứ / thực hiện",
        "Phần mở đầu",
        doc.preamble.len()
    );
    let _ = writeln!(out, "{:<24}{} dòng", "Nội dung", doc.body.len());
    show(
        &mut out,
        "Nơi nhận",
        doc.closing.noi_nhan.as_ref().map(|n| n.label),
    );
    if let Some(n) = &doc.closing.noi_nhan {
        for it in &n.items {
            many(&mut out, "", &it.lines);
        }
    }
    many(&mut out, "Thẩm quyền ký", &doc.closing.signature.authority);
    many(&mut out, "Chức vụ", &doc.closing.signature.positions);
    many(
        &mut out,
        "Chức vụ đương nhiệm",
        &doc.closing.signature.held_post,
    );
    show(&mut out, "Người ký", doc.closing.signature.name);
    many(&mut out, "Người ký bên cạnh", &doc.closing.signature.beside);
    for a in &doc.appendices {
        show(&mut out, "Phụ lục", Some(a.heading));
    }
    out
}
