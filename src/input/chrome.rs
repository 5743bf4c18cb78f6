//! Boilerplate removal for scraped plain text: navigation runs, share bars,
//! promos and calls to action, and copyright footers are dropped by general
//! rules about what page chrome looks like.

/// What the cleaner kept and found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cleaned {
    /// The story's paragraphs, one a line.
    pub body: String,
    /// A headline recovered from the chrome or the first line.
    pub title: Option<String>,
    /// Paragraphs dropped.
    pub dropped_paragraphs: usize,
    /// Bytes dropped.
    pub dropped_bytes: usize,
    /// A leading line that was only a date ("Friday, June 7, 2019"),
    /// dropped with the chrome: the page's date line.
    pub date_line: Option<String>,
}

const SHARE: &[&str] = &[
    "share on facebook",
    "share on x",
    "share on twitter",
    "share on linkedin",
    "share on whatsapp",
    "share on reddit",
    "share this",
    "share via email",
    "tweet this",
];

const CALLS: &[&str] = &[
    "learn more",
    "read more",
    "discover our",
    "subscribe",
    "sign up",
    "register now",
    "register here",
    "click here",
    "follow us",
    "download the",
    "join us",
    "contact us",
    "advertise",
    "see also",
    "related:",
    "newsletter",
    "more from",
    "recommended",
    "don't miss",
    "don’t miss",
    "get the latest",
    "listen to",
    "watch:",
    "log in",
    "sign in",
    "continue reading",
    "view all",
    "you may also like",
    "trending",
];

const PROMO: &[&str] = &[
    "sponsor",
    "newsletter",
    "subscribe",
    "webinar",
    "showcase your brand",
    "consider getting",
    "join us",
    "register",
    "early bird",
    "tickets",
    "briefings",
    "our mission",
    "'s mission is",
    "’s mission is",
    "upcoming event",
    "cookie",
    "privacy",
];

/// A site notice wherever it stands: "© 2024 Example News", "All rights
/// reserved".
const NOTICE: &[&str] = &["©", "(c) 19", "(c) 20", "all rights reserved"];

/// Footer words that are also words of news ("won a copyright case",
/// "changed its privacy policy"): a footer only in a short line.
const FOOTER: &[&str] = &[
    "copyright",
    "privacy policy",
    "terms of service",
    "terms of use",
    "cookie policy",
    "do not sell my",
];

fn words(p: &str) -> Vec<&str> {
    p.split_whitespace().collect()
}

fn lower_has(p: &str, list: &[&str]) -> bool {
    let l = p.to_lowercase();
    list.iter().any(|w| l.contains(w))
}

/// A run of menu labels: long, almost all capitalized, hardly a sentence.
fn is_nav_run(p: &str) -> bool {
    let w = words(p);
    if w.len() < 20 {
        return false;
    }
    let caps = w
        .iter()
        .filter(|x| {
            x.chars().next().is_some_and(|c| c.is_uppercase() || c == '&')
        })
        .count();
    let stops = p.matches(['.', '!', '?']).count();
    caps * 10 >= w.len() * 6 && stops * 20 <= w.len()
}

fn is_footer(p: &str) -> bool {
    let l = p.to_lowercase();
    // "Copyright 2024 …", "Copyright: © …"
    let dated_copyright = l.match_indices("copyright").any(|(i, w)| {
        l[i + w.len()..]
            .trim_start_matches([' ', ':', '©'])
            .trim_start_matches("(c)")
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    });
    dated_copyright
        || NOTICE.iter().any(|w| l.contains(w))
        || words(p).len() <= 12 && FOOTER.iter().any(|w| l.contains(w))
}

fn is_call(p: &str) -> bool {
    words(p).len() <= 12 && lower_has(p, CALLS)
}

fn is_promo(p: &str, site: Option<&str>) -> bool {
    let w = words(p);
    let l = p.to_lowercase();
    let second_person = l
        .split(|c: char| !c.is_alphanumeric())
        .any(|x| matches!(x, "you" | "your"));
    let mentions_site = site.is_some_and(|s| p.contains(s));
    w.len() <= 60
        && ((second_person || mentions_site) && lower_has(p, PROMO)
            || mentions_site && lower_has(p, CALLS))
}

fn is_share(p: &str) -> bool {
    let l = p.to_lowercase();
    SHARE.iter().filter(|s| l.contains(*s)).count() >= 2
        && words(p).len() <= 20
}

/// The site's name from its copyright line ("© 2023 Example News").
fn site_name(paragraphs: &[&str]) -> Option<String> {
    for p in paragraphs.iter().rev().take(6) {
        // (ASCII case only: its offsets are `p`'s.)
        let l = p.to_ascii_lowercase();
        let Some(at) = p
            .find('©')
            .map(|i| i + '©'.len_utf8())
            .or_else(|| l.find("copyright").map(|i| i + 9))
        else {
            continue;
        };
        let rest = p[at..].trim_start();
        let rest = rest.trim_start_matches(|c: char| {
            c.is_ascii_digit() || c == '-' || c == '–' || c == ' ' || c == ','
        });
        let name: Vec<&str> = rest
            .split_whitespace()
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .take(3)
            .collect();
        if !name.is_empty() {
            let n = name.join(" ");
            let n = n.trim_end_matches(['.', ',']).to_string();
            if n.len() >= 3 {
                return Some(n);
            }
        }
    }
    None
}

/// Recovers a headline at the end of a navigation run, before its share
/// bar: the menu is Title Case labels, the headline a sentence-case phrase.
fn headline_in_nav(p: &str) -> Option<String> {
    // (ASCII case only: its offsets are `p`'s.)
    let l = p.to_ascii_lowercase();
    let cut = SHARE.iter().filter_map(|s| l.find(s)).min().unwrap_or(p.len());
    let head = &p[..cut];
    let toks: Vec<&str> = head.split_whitespace().collect();
    let cap = |t: &str| {
        t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let mut run = 0;
    let mut start = None;
    for i in (0..toks.len()).rev() {
        if cap(toks[i]) {
            run += 1;
            if run == 3 {
                start = Some(i + 2);
                break;
            }
        } else {
            run = 0;
        }
    }
    let start = start?;
    let title: Vec<&str> = toks[start..].to_vec();
    let lower = title.iter().filter(|t| !cap(t)).count();
    (title.len() >= 4 && lower >= 2).then(|| title.join(" "))
}

/// Joins hard-wrapped lines into paragraphs ([`crate::text::paragraphs`]),
/// one line of each.
pub(crate) fn reflow(text: &str) -> Vec<String> {
    crate::text::paragraphs(text)
        .into_iter()
        .map(|r| {
            text[r].split('\n').map(str::trim).collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// Cleans scraped plain text.
pub(crate) fn clean(text: &str) -> Cleaned {
    let flowed = reflow(text);
    let paragraphs: Vec<&str> = flowed.iter().map(String::as_str).collect();
    let site = site_name(&paragraphs);
    let site = site.as_deref();
    let n = paragraphs.len();
    let mut keep = vec![true; n];
    let mut title = None;
    let mut date_line = None;
    let chrome = |p: &str| {
        is_nav_run(p)
            || is_footer(p)
            || is_call(p)
            || is_promo(p, site)
            || is_share(p)
    };
    // Leading chrome.
    for i in 0..n {
        let p = paragraphs[i];
        if is_nav_run(p) {
            if title.is_none() {
                title = headline_in_nav(p);
            }
            keep[i] = false;
        } else if chrome(p) || words(p).len() <= 2 {
            if date_line.is_none()
                && super::pagedate::standalone_date(p).is_some()
            {
                date_line = Some(p.trim().to_string());
            }
            keep[i] = false;
        } else {
            break;
        }
    }
    // Trailing chrome: from the first footer line in the last third, then
    // backwards over promos and site notices.
    let first_footer = (n * 2 / 3..n).find(|&i| is_footer(paragraphs[i]));
    let mut end = n;
    if let Some(f) = first_footer {
        end = f;
    }
    for k in keep.iter_mut().skip(end) {
        *k = false;
    }
    while end > 0 {
        let p = paragraphs[end - 1];
        if chrome(p)
            || words(p).len() <= 3 && !p.ends_with(['.', '!', '?', '"', '”'])
        {
            keep[end - 1] = false;
            end -= 1;
        } else {
            break;
        }
    }
    // Promos and calls to action in the middle.
    for i in 0..n {
        if keep[i]
            && (is_call(paragraphs[i])
                || is_promo(paragraphs[i], site)
                || is_share(paragraphs[i]))
        {
            keep[i] = false;
        }
    }
    // A first line that is only a date is the page's date line.
    if let Some(i) = keep.iter().position(|k| *k) {
        if super::pagedate::standalone_date(paragraphs[i]).is_some() {
            if date_line.is_none() {
                date_line = Some(paragraphs[i].trim().to_string());
            }
            keep[i] = false;
        }
    }
    // A first line that reads as a headline becomes the title.
    if title.is_none() {
        if let Some(i) = keep.iter().position(|k| *k) {
            let p = paragraphs[i];
            let w = words(p);
            if w.len() <= 20
                && !p.ends_with(['.', '!', '?', '"', '”', ':'])
                && keep.iter().filter(|k| **k).count() > 1
            {
                title = Some(p.to_string());
                keep[i] = false;
            }
        }
    }
    let mut body = String::new();
    let mut dropped_paragraphs = 0;
    let mut dropped_bytes = 0;
    for (p, k) in paragraphs.iter().zip(&keep) {
        if *k {
            body.push_str(p);
            body.push('\n');
        } else {
            dropped_paragraphs += 1;
            dropped_bytes += p.len();
        }
    }
    Cleaned { body, title, dropped_paragraphs, dropped_bytes, date_line }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_date_line_is_kept_apart_from_title_and_body() {
        let c = clean("Friday, June 7, 2019\n\nAcme signs Globex\n\nAcme signed a licence with Globex today.\nIt is large.\n");
        assert_eq!(c.date_line.as_deref(), Some("Friday, June 7, 2019"));
        assert_eq!(c.title.as_deref(), Some("Acme signs Globex"));
        assert!(!c.body.contains("2019"), "{}", c.body);
        // A date inside a sentence is no date line.
        let c =
            clean("Acme signed a licence on June 7, 2019.\nIt is large.\n");
        assert_eq!(c.date_line, None);
    }

    #[test]
    fn ok_nav_run_becomes_title_and_is_dropped() {
        let nav = "Home News World Business Markets Technology View All Science Health Sports Culture Opinion Video Podcasts Newsletters Events Security Cloud Data Acme buys a rival for cash in a surprise move Share on Facebook Share on X Photo caption here.";
        let text = format!("{nav}\nAcme bought Rival on Monday.\nIt paid cash.\n© 2024 Example News. All rights reserved.\n");
        let c = clean(&text);
        assert_eq!(
            c.title.as_deref(),
            Some("Acme buys a rival for cash in a surprise move")
        );
        assert_eq!(c.body, "Acme bought Rival on Monday.\nIt paid cash.\n");
        assert_eq!(c.dropped_paragraphs, 2);
    }

    #[test]
    fn ok_letters_that_grow_in_lower_case_cut_nothing() {
        // "İ" is two bytes, its lower case three: offsets found in a
        // lower-case copy must be the text's (both panicked).
        assert_eq!(
            site_name(&["İİ copyright Ünited News"]).as_deref(),
            Some("Ünited News")
        );
        let many = "İ ".repeat(30);
        let nav = format!("Home News World Business Markets Technology View All Science Health Sports Culture {many}Acme buys a rival Share on Facebook Share on X.");
        assert_eq!(
            headline_in_nav(&nav).as_deref(),
            Some("Acme buys a rival")
        );
    }

    #[test]
    fn ok_promos_and_site_notices_dropped() {
        let text = "Acme bought Rival on Monday.\nAre you looking to showcase your brand? Consider getting a sponsorship.\nLearn more.\nIt paid cash, the company said.\nExample News's mission is to inform you.\nDiscover our Briefings.\n© 2024 Example News\n";
        let c = clean(text);
        assert_eq!(
            c.body,
            "Acme bought Rival on Monday.\nIt paid cash, the company said.\n"
        );
    }

    #[test]
    fn ok_prose_about_copyright_and_privacy_is_no_footer() {
        // A story about a copyright case keeps its paragraphs; the notice
        // under it goes.
        let text = "Acme won a copyright case against Globex in Leipzig on Monday, the court said.\nThe judge said Globex must pay damages.\nGlobex said it would review its copyright and privacy policy practices before an appeal.\nCopyright 2024 Example News\n";
        let c = clean(text);
        assert_eq!(
            c.body,
            "Acme won a copyright case against Globex in Leipzig on Monday, the court said.\nThe judge said Globex must pay damages.\nGlobex said it would review its copyright and privacy policy practices before an appeal.\n"
        );
        assert_eq!(c.dropped_paragraphs, 1);
        for footer in [
            "Privacy Policy | Terms of Use",
            "Copyright: (c) 2024 Example News",
            "Example News Ltd. All rights reserved.",
        ] {
            assert!(is_footer(footer), "{footer}");
        }
    }

    #[test]
    fn ok_wire_copy_is_reflowed() {
        let text = "ACME SUED\nDALLAS, March 23 - Acme Inc said the\nCourt approved its\nsettlement.\n    According to Acme, it will\nreceive royalties.\n    The company said so.\n";
        assert_eq!(reflow(text), [
            "ACME SUED",
            "DALLAS, March 23 - Acme Inc said the Court approved its settlement.",
            "According to Acme, it will receive royalties.",
            "The company said so.",
        ]);
        assert_eq!(
            reflow("It was\nwrapped here. New\nOne.\n"),
            ["It was wrapped here. New", "One."]
        );
    }

    #[test]
    fn ok_ordinary_story_untouched() {
        let text = "Acme bought Rival on Monday for $2 billion.\nThe deal, announced in Berlin, closes next year.\n";
        let c = clean(text);
        assert_eq!(c.body, text);
        assert_eq!(c.dropped_bytes, 0);
    }
}
