#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The floor of the development set (`fixtures/devset`, issue 15): the set keeps its size and
//! variety, every document reads, and thethuc's reading and findings do not fall below the
//! figures measured when this floor was last raised. The full report:
//! `cargo run --release -p thethuc-tests --example eval -- --details`.
//!
//! Raise the floor when the figures improve; never lower it to get a change through.

use thethuc_tests::eval::{entries, evaluate, intake, summarise, summarise_where, DocResult};

/// The figures of 2026-12-06, on the settled documents (all but the intake): 99.05 % of
/// components right, 1112 findings matching an annotated defect, 31 false alarms, none of them
/// by component rules (`eval` prints the settled and intake figures last).
const RIGHT_PERCENT_FLOOR: f64 = 99.0;
/// Session 12: fixtures/qppl (30 documents of issue 19) joined the set, 937 + 106 matched
/// (the devset alone gave up one match: a list numbered 1., 2. nested under a khoản, which the
/// annotators call a defect, has the shape of a quoted draft's khoản elsewhere; see EVAL.md).
/// Session 13: five of the thirteen documents gathered from new sources read right as they
/// came and joined the settled set, a sixth once its appendices read right (+32 matched, +2
/// false alarms: MA003 on a 1-1 tie of tone placements, ND010 on a date after `(GDĐT)`).
/// Session 14: seven of the fourteen documents of the second round of gathering read right and
/// joined the settled set (+35 matched, +4 false alarms: NN004 on four recipients of a
/// thuvienphapluat.vn page whose `(báo cáo)`, a brace in the original table, follows the
/// semicolon: `markdown/qd-986-ubnd-tuyenquang-2024`).
/// Session 14 (body false alarms by family, helper h-body): 6 fewer on the first round's documents;
/// the header fixes took bb-hdkh-bvdk-phutho out of the intake into the settled set.
/// Session 15: ten of the thirteen documents of the third round of gathering read right and joined
/// the settled set (+78 matched); the NN006, ND003 and MA006 fixes of the same session took
/// three documents of the intake into it.
/// The broken-ký-hiệu citation reading (`2034/QÐ- -BGŒDĐT ngày …`) was taken back out for the
/// .wasm budget: x-qd-92's ND003 is a false alarm again (+1). Session 15: ND003 and ND010 look
/// past the rest of a ký hiệu the reader stopped before, one helper for both (-1).
/// Session 15: the ten newcomers of the third round bring 14 false alarms, none by a component
/// rule (see fixtures/devset/README.md, "The intake"): NN009 on eight `&nbsp;` paragraphs of a
/// Word-saved page's closing table and on an `Đính kèm:` list, ND001 on three kế hoạch whose
/// last căn cứ runs into their own sentence, ND005 twice on a công văn quoting a decree's khoản.
/// Session 15 (scanned closings, helper h-sig): cv-2191-ct-cs, cv-464-ttg, qd-01-2025-ttg and
/// kh-753-dhct-tphcm read right and joined the settled set.
/// Session 17: a draft's blank number and date that a text layer spread over lines a blank line
/// apart (`Số:` / `/QĐ-UBND`, `Lai Châu, ngày` / `tháng` / `năm 2025`) took
/// qd-duthao-ubnd-laichau out of the intake into the settled set (+1 matched).
/// Session 18: five of the twelve documents of the fourth round of gathering read right as they
/// came and joined the settled set (+5 matched, +10 false alarms, none by a component rule:
/// NN009 on three lines of a VGCA signature box between the position and the name,
/// `pdf-raw/kh-102-ubnd-angiang-2020`; MA004 on six spaces a thuvienphapluat.vn crawler left
/// after the cited documents it had linked, and ND010 on the page's own editorial note,
/// `web/cv-627-byt-2021`; see fixtures/devset/README.md, "The intake"). The same session fixed
/// the three families (-10): a stamp's values wrapped in its narrow box go with the stamp, a
/// legal database's editorial notes in a line are set aside, and MA004 leaves a web copy's
/// space after a linked cited number. Then web/cv-296-bhxh-2021 read right (its page title run
/// into the issuer's line) and joined the set with two ND010 false alarms (+2): its first
/// citations, dated, sit in the paragraph run on after `(Sau đây viết tắt là …)` under the
/// recipients, which the reader keeps in the Kính gửi, so the later undated ones count as first.
/// Session 18 (helper h-qppl): the ND30 rules the NĐ 78/2025 forms repeat run on legal normative
/// documents under those forms (+62 matched, no new false alarm: the true findings annotated,
/// the false ones fixed).
/// Session 19: one of the ten documents of the fifth round of gathering read right as it came
/// and joined the settled set (+1 matched: `pdf-raw/cv-5778-bgddt-2021`, its `5778 /BGDĐT-QLCL`).
/// Session 19 (helper fam5): the enacting authority's line under a trích yếu in capitals read
/// apart, TL005 found on the trích yếu above it (+2), and web/nq-57-hdnd-phuyen-2016 read right
/// and joined the set (+2 matched, no false alarm).
/// Both merged: 1353 + 1 + 4.
/// Session 20: three of the twelve documents of the sixth round of gathering read right as they
/// came and joined the settled set (+17 matched, +2 false alarms, none by a component rule: ND003
/// twice on a căn cứ naming several Nghị định or Thông tư with their issuer once at the end of
/// the group, `pdf-layout/qd-2858-ubnd-hanoi-2025`).
/// Session 20 (helper qppl3): an act of the Quốc hội or its Standing Committee is read under
/// the Assembly's forms whatever its number's shape (`1673/NQ-UBTVQH15`, no year), and
/// pandoc/nq-1673-ubtvqh15-2025-sap-xep-xa-laocai joined the set (no finding to match, no false
/// alarm); fixtures/qppl gained two of its siblings (nq-1659, nq-1662: +2 documents).
/// The lead's ND003 change (a căn cứ's group of one issuer names it once) took qd-2858's two
/// false alarms away: 26 - 2.
/// Session 20 (helper appx): an attachment whose title line carries its `(Ban hành kèm theo
/// Quyết định số …)` is an appendix (qd-1680's DANH MỤC, qd-435's CHƯƠNG TRÌNH HÀNH ĐỘNG after a
/// crawler's page title), a list's bare date in the cell under a ký hiệu dates it, a Party ký
/// hiệu with a space at its hyphen is read (`119- KH/TU`, ND012): kh-01-tbttkt-ubbc-phobang's
/// annotated `46 - CT/TW` found (+1), the same ND012 on ttr-141-stp-lamdong's footnote (`31-
/// HD/BTCTW`), missed by the annotator, annotated (+1), and web/qd-1680-ubnd-namdinh-2017 and
/// web/qd-435-ubnd-kontum-2020 read right and joined the set (+17 matched, no false alarm).
/// All merged: 1375 + 19.
/// Session 20 (helper fam6): a scan whose OCR lost the whole signature column is read as
/// signed on paper (CK009, an info note, in place of CK001): the matched CK001 of five settled
/// scans (ocr/qd-932-ttg-2025, ocr/cv-5240-bca-2025, ocr/ttr-84-ubnd-quangngai-2025,
/// qppl/nd-260-2025-cp, qppl/tt-21-2026-bct) are now CK009 notes, which the count of matched
/// errors and warnings leaves out: 1358 - 5; four of the intake's scans that lost their
/// signature column (qd-729, tb-1145, kh-1146, cv-1113) then read right and joined the set
/// (+17 matched, no false alarm): 1353 + 17.
/// All merged: 1394 + 12.
/// The lead: the drafter's mark after the Lưu's period (`- Lưu: VT, CN. Pver`, ND30 Điều 8
/// khoản 3 điểm c) is no missing period; the two annotations that said so withdrawn (cd-2003,
/// qppl tt-09), cv-275's NN005 (VT not first) now missed: 1406 - 2; ocr/cv-3722-vpcp-2026 then
/// read right and joined the set (+4): 1408.
/// Session 21 (helper intake7): four intake newcomers read right and joined the set
/// (qd-86-btp, qd-404-ubnd-bariavungtau, tb-2080002128-ttdkgdts-danang, nd-05-2016-cp):
/// +7 matched, +1 false alarm (NN009 on the registration system's `Powered by TCPDF` footer,
/// no component rule): 1415, 25.
/// Session 21 (helper fam7): ocr/qd-2760-dhsphn-2017, its colonless enacting line a scan read
/// `QUYÉT ĐỊNH` now the enacting line (ND016 and ND001 where they stand), read right and joined
/// the set (+16 matched, +1 false alarm: NN009 on the seal's `Œ£T: U TRƯỜNG :`); with the lead's generator credit set aside (-1): 1431, 25.
/// Session 21 (helper notice7): a notice dated and signed at its foot without Nơi nhận, its
/// block in sentence case (`P.Trưởng Bộ môn` / the name): pdf-layout/tb-lvtn-bmcnpm-dhct-2020
/// read right and joined the set (+12): 1443, 25.
/// Then (lead, notice7's second family): blank forms after the Lưu, each under a header of its
/// own, read as appendices: docx/cv-1935-dhct-2013 joined the set (+1): 1444.
/// Session 22 (helper intake8): five newcomers read right and joined the set (+31 matched);
/// +16 false alarms, none by a component rule: bc-duthao-stc-haugiang's price-index table read
/// as the body's mục and khoản (ND004 twice, ND005, ND007 eleven times) and its vegetable
/// `su su` as a doubled word (MA007); cv-1602's `12), …` after a page break read as a khoản
/// (ND005): 1475, 41.
/// Then (lead): a body's first sentence under a closed list of addressees is the body's, not
/// a wrap of the last addressee (cv-296's two ND010 gone): 39. An attachments list under the
/// Lưu line (`Đính kèm:` / `- Chương trình tập huấn.`) set aside: cv-79's NN009 gone, and its
/// NN005 "the Lưu line must be the last", which matched the line's other defect by chance (-1
/// matched); a purpose note wrapped under its recipient (NN009, fixtures/qppl only): 1474, 37.
/// Session 22 (helper fam8): an office's field wrapped under it (`GIÁO DỤC`) one body with it
/// (SO007), a type name fused with its trích yếu's head (`CHƯƠNG TRÌNH PHÓI HỢP`) going on past
/// a blank line, a number's ký hiệu set apart past the right column's lines (`Số: 102` …
/// `/QĐ-TTPVHCC`), a date with a slip on the month word (`thảng`): tb-17-ktdbcl-vku-2023,
/// ctph-154-ldld-svhttdl-angiang-2017 (its missed ND001 annotated), qd-102-ttpvhcc-hanoi-2025 and
/// qd-2442-dhag-2016 read right and joined the set (+45 matched, +7 false alarms by no component
/// rule: ND010 four times, NN009 twice on ctph-154's specked recipients, NN004 on qd-2442's
/// specks after `Nơi nhận:`): 1489, 32; merged with the above: 1519, 44.
/// Session 22 (helper tab8): a numbered line whose row ends with two or more columns of figures
/// is a table's row, not a heading (bc-duthao-stc-haugiang's ND004 twice, ND005, ND007 eleven
/// times); a number and `)` before a comma is no khoản (cv-1602's ND005); `su su` and `chôm
/// chôm` are words (MA007): 23.
/// Session 22 (helper ocr8): a scan whose OCR read the title but lost the name under the seal
/// is signed on paper (CK009's note in place of CK002, as fam6 did for CK001): the matched
/// CK002 of ten settled scans (bc-22, cv-113-hlhpn, cv-477, cv-562, kh-753, qd-157, x-cv-4782,
/// x-qd-2458, x-qd-917, x-tb-635) are now CK009 notes, which the count leaves out: 1444 - 10;
/// three Kiên Giang scans whose garbled prefixes and label the cutter now sees (tb-2276,
/// gm-147, cv-2264) read right and joined the set (+8): 1442.
/// Then a seal's debris (`Œ£T: U TRƯỜNG :`) is no stray closing line: qd-2760's NN009 gone: 24.
/// All of session 22 merged: 1517, 27.
/// Session 23 (helper intake9): six newcomers read right as they came and joined the set
/// (+16 matched, three of them MA findings on `ocr/nd-149-2016-cp` annotated after the run,
/// where the reader was right); +1 false alarm, no component rule: MA008 on the quotation of
/// an amended article that the trim of `ocr/nd-149-2016-cp` cuts before its closing mark (the
/// trim's): 1533, 28.
/// Then (lead): that open quotation is the trimmed text's own defect, annotated as such: 1534, 27.
/// Session 23 (helper ocr9): scans whose appendix after the signature lost its title or
/// misread its reference, and whose Lưu line a speck opens, read right: tb-271, ttr-2753 and
/// qd-2811 joined the set (+13 matched, +1 false alarm by no component rule: ND010 on
/// qd-2811's cited tờ trình): 1530, 28.
/// Session 23 (helper fam9): the thư mời tm-155 and cv-1445 (its first addressee far from
/// the Kính gửi label) read right and joined the set (+9): 1526.
/// Session 23 (rules9): ND010 reads a date without `ngày`, glued to the ký hiệu, past `TTg`, in a
/// table cell below (pdftotext without layout), and a scan's look-alike ký hiệu as the same document; ND001 accepts the last
/// căn cứ's period before a `Thực hiện` sentence: 22.
/// All of session 23 merged (with the lead's biên bản blocks above the label and helper
/// rules9's ND010, ND001 and ND003 false alarms gone: settled 27 → 22): 1556, 22.
const MATCHED_FLOOR: usize = 1556;
const FALSE_ALARMS_CEILING: usize = 22;

#[test]
fn the_development_set_holds_its_floor() {
    let entries = entries().unwrap();
    let config = thethuc::Config::default();
    // The documents shared out over the cores: the debug build reads the set in seconds.
    let results: Vec<DocResult> = thethuc_tests::par_map(&entries, |e| evaluate(e, &config));
    let s = summarise(&entries, &results);

    // The set itself: at least 150 documents from 20 bodies and 6 provenances, 40 of them .docx.
    assert!(s.documents >= 318, "{} documents", s.documents);
    assert!(s.bodies >= 138, "{} issuing bodies", s.bodies);
    assert!(s.provenances.len() >= 8, "{:?}", s.provenances);
    assert!(s.docx >= 79, "{} .docx", s.docx);
    assert!(
        s.errors.is_empty(),
        "documents that do not read: {:?}",
        s.errors
    );

    // The floors hold on the settled documents; the intake has its own ceilings below.
    let intake = intake().unwrap();
    let s = summarise_where(&entries, &results, |e| !intake.contains(&e.name));
    let right = 100.0 * s.all.right() as f64 / s.all.scored() as f64;
    let report = format!(
        "{right:.2} % of {} components right, {} findings matched, {} false alarms ({} by component rules)",
        s.all.scored(),
        s.matched_findings,
        s.false_alarm_count(),
        s.component_false_alarms()
    );
    assert!(right >= RIGHT_PERCENT_FLOOR, "{report}");
    assert!(s.matched_findings >= MATCHED_FLOOR, "{report}");
    assert!(s.false_alarm_count() <= FALSE_ALARMS_CEILING, "{report}");
    // Issue 15: no "missing X" or "X is wrong" finding where X is present and right.
    assert_eq!(s.component_false_alarms(), 0, "{report}");
    eprintln!("{report}");
}

/// The intake (`fixtures/devset/intake.txt`): documents from sources never seen, added as they
/// came (session 13: 20 wrong components and 18 component false alarms on 13 documents). What
/// is wrong on them may only shrink; a document that reads right leaves the list. Session 14
/// added a second round (14 documents from 6 new sources, 7 of them still wrong: 8 wrong
/// components and 8 component false alarms as they came), hence 12 + 8 and 5 + 8; the same
/// session's signature and closing fixes took two documents of the first round out and read
/// more components right; its header, title and Kính gửi fixes (NG007 on `TP. HCM`, `Đồng kính
/// gửi`, a portal's page title, minutes' `Về việc` line) took bb-hdkh-bvdk-phutho out, and with
/// them cv-7169-vpcp and tb-213-cdngtvt read right. Session 15: a Kính gửi label in its own table
/// cell is annotated as its cell, as the set's other tables are (-1 wrong); NN006 reads an OCR's
/// `Nhưtrên`, ND003/ND010 the date past a ký hiệu a scan broke (-2 component false alarms).
/// Session 15 also added a third round (13 documents from 5 new sources, 3 of them kept here:
/// 3 wrong components and 3 component false alarms as they came).
/// Session 15 (helper h-sig): the closings of scans (a seal's garbled titles beside the
/// recipients, a second authority after a scan's dash, a type name behind specks) took
/// cv-2191-ct-cs, cv-464-ttg, qd-01-2025-ttg and kh-753-dhct-tphcm out.
/// Session 17: qd-duthao-ubnd-laichau's blank number and date read right (-2 wrong, -2
/// component false alarms: SO001 and NG001) and it left.
/// Session 18 added a fourth round (12 documents from 5 sources, 7 of them kept here: 17 wrong
/// components and 10 component false alarms as they came, 9 once the annotation of an OCR's
/// `-- VPCP` recipient got the NN003 the reader rightly found), hence 10 + 17 and 1 + 9. The
/// same session read a crawler's page title run into the issuer's line and a long header row
/// opening with the number (`Số: 435/QĐ-UBND Kon Tum, ngày … QUYẾT ĐỊNH V/V …`): -5 wrong,
/// -5 component false alarms (CQ001 twice, SO001, NG001, TL001).
/// Session 19 added a fifth round (10 documents from 5 new sources, 9 of them kept here: 10 wrong
/// components and 7 component false alarms as they came: CK001 three times and CK002 on scans
/// whose signature OCR lost under the seal, ND016 beside an OCR's `QUYÉT ĐỊNH`, SO006 on
/// `TB - HTTT`, NG001 on a notice dated at its foot), hence 22 + 10 and 5 + 7.
/// Session 19 (helper fam5): the authority's line after a trích yếu in capitals (qd-1680,
/// nq-57), the one-line `TM. ỦY BAN NHÂN DÂN CHỦ TỊCH` (qd-1680): -4 wrong; nq-57 left.
/// Both merged, with SO006 reading the type group without the spaces around its hyphen (the
/// `TB - HTTT` false alarm gone): 22 + 10 - 4 = 28 wrong, 5 + 7 - 1 = 11 component false alarms.
/// Session 19 (helper auth): the issuer's name run onto the end of the trích yếu's line
/// (qd-435's `… TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM`) cut off: -1 wrong.
/// Session 20 added a sixth round (12 documents from 5 new sources, 9 of them kept here: 13 wrong
/// components and 9 component false alarms as they came: CK001 and CK002 on scans whose position
/// or name OCR lost under the seal, NN001 and CK001 behind an OCR'd `Noinhận:`, TL006 on a
/// `THƯ MỜI`, CK004 under a lost deputy line, SO007 on a Phòng's issuer wrapped over two lines),
/// hence 27 + 13 and 11 + 9.
/// Session 20 (helper qppl3): nq-1673's ND001 and NN005, ND30 rules on an act of the Standing
/// Committee, gone with its regime read right (-1 component false alarm: NN005); it left.
/// Both merged: 40 wrong, 20 - 1 component false alarms.
/// Session 20 (helper appx): appendices whose title line carries their reference (qd-1680,
/// qd-435): -2 wrong; both left. A scan's trích yếu line after a blank line, right over the
/// Kính gửi (tb-01-khoahttt): -1 wrong.
/// All merged: 40 - 3 wrong, 19 component false alarms.
/// Session 20 (helper fam6): no CK001 on the five scans whose OCR lost the signature column
/// (cv-3722, qd-729, tb-1145, kh-1146, cv-1113; CK009's note instead): -5 component false alarms.
/// All merged: 37 wrong, 19 - 5 component false alarms; cv-3722's NN005 gone with the
/// drafter's mark accepted: 14 - 1.
/// Session 21 (helper intake7): eight newcomers kept here, as measured once their annotations
/// were corrected where the reader was right: +9 wrong, +7 component false alarms: 46, 20.
/// Session 21 (helper fam7): qd-5866's `(L{. HIỆU TRƯỚNG` over the deputy's title read as the
/// authority (-1 wrong); qd-2760 left the intake (-1 component false alarm counted here).
/// Session 21 (helper notice7): the sentence-case signature block at the foot of a notice
/// without Nơi nhận (tb-363: authority, position, signer; tb-lvtn: place-date, position,
/// signer): -6 wrong, -2 component false alarms (CK001, NG001); tb-lvtn left: 39, 17.
/// Then the blank forms read as appendices (tb-17's; cv-1935 left): 37.
/// Session 22 (helper intake8): five newcomers kept here, as measured once their annotations
/// were corrected where the reader was right: +8 wrong, +6 component false alarms: 45, 23.
/// Session 22 (helper fam8): tb-17 (SO007), ctph-154 (trích yếu, TL005), qd-102 (number,
/// SO001) and qd-2442 (place-date, NG001) read right and left: 34, 13; merged with intake8's
/// five: 42, 19.
/// Session 22 (helper ocr8): the garbled signature prefixes (`TL:`, `^,`, `KÍ.GIÁM ĐÓC`) and
/// the glued label `Noinhận:` read, CK009 in place of CK002 and CK001 where a scan's glued
/// marks (`—-`, `2É`) show the text is a scan: the signatures of gm-147, tb-2276 and tm-155
/// read (-8 wrong), CK001, CK002, NN001 and NN009 gone on gm-147, tb-2276, cv-2264, tb-271 and
/// cv-1135; tb-2276, gm-147 and cv-2264 left: 29, 11.
/// All of session 22 merged: 34, 13.
/// Session 23 (helper intake9): four newcomers kept here, as measured once their annotations
/// were corrected where the reader was right (a two-signer biên bản whose chair's name is not
/// read, a scanned quyết định whose position stands beside the Nơi nhận label, two scanned
/// thông báo whose label or number OCR garbled): +8 wrong, +3 component false alarms (CK001,
/// SO001, SO006): 42, 16.
/// Session 23 (helper ocr9): qd-1279's label remnant `KẾ Ti` cut from `KT. CHỦ TỊCH` (Lưu and
/// authority read, NN001 gone), the appendices of ttr-2753 and qd-2811 counted, tb-271's Lưu
/// read (NN005 gone); tb-271, ttr-2753 and qd-2811 left: 29, 11.
/// Session 23 (helper fam9): a letter's `THƯ MỜI` as its type line, the first addressee far
/// from the Kính gửi label, and a certificate's own number and date (SO001, NG001, NN001
/// quiet): 30, 9.
/// All of session 23 merged: 33, 10.
const INTAKE_WRONG_CEILING: usize = 33;
const INTAKE_COMPONENT_FALSE_ALARMS_CEILING: usize = 10;

#[test]
fn the_intake_only_gets_better() {
    let entries = entries().unwrap();
    let intake = intake().unwrap();
    for name in &intake {
        assert!(
            entries.iter().any(|e| &e.name == name),
            "{name} in fixtures/devset/intake.txt is no document of the set"
        );
    }
    let taken: Vec<_> = entries
        .into_iter()
        .filter(|e| intake.contains(&e.name))
        .collect();
    let config = thethuc::Config::default();
    let results: Vec<DocResult> = thethuc_tests::par_map(&taken, |e| evaluate(e, &config));
    let s = summarise(&taken, &results);
    let wrong = s.all.scored() - s.all.right();
    assert!(wrong <= INTAKE_WRONG_CEILING, "{wrong} wrong components");
    assert!(
        s.component_false_alarms() <= INTAKE_COMPONENT_FALSE_ALARMS_CEILING,
        "{} component false alarms",
        s.component_false_alarms()
    );
    for (e, r) in taken.iter().zip(&results) {
        let one = summarise(std::slice::from_ref(e), std::slice::from_ref(r));
        let reads_right = one.all.scored() == one.all.right() && one.component_false_alarms() == 0;
        assert!(
            !reads_right,
            "{} reads right now: take it out of fixtures/devset/intake.txt",
            e.name
        );
    }
}
