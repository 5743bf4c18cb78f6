//! Trigger lexicons: the verbs and nouns of English business news that
//! report each event type, and how the parties around them take roles.

use std::sync::LazyLock;

use regex::Regex;

use super::model::{EventType, Role};

/// How the words around a trigger map to roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    /// Subject takes a licence from the owner of the object
    /// ("X will license Y's patents"); "to Z" flips it.
    License,
    /// Both sides license each other.
    CrossLicense,
    /// Subject and "with" object are partners.
    Partners,
    /// Subject acts alone (creates a unit, launches a product).
    Actor,
    /// Subject buys from the "from" object.
    Buy,
    /// Subject supplies the "to"/"for" object.
    Supply,
    /// Subject acquires the object.
    Acquire,
    /// Subject sells to the "to" object.
    Sell,
    /// An organization employs a person, whichever is subject.
    Employ,
    /// Subject sues the object.
    Sue,
    /// Subject (court, agency) rules; others are parties.
    Rule,
    /// Subject invests in the object.
    Invest,
    /// The subject and "with"/"between" objects settle; the object is
    /// the dispute, not a party.
    Settle,
}

/// One trigger pattern.
pub(crate) struct Trigger {
    pub kind: EventType,
    pub frame: Frame,
    pub re: Regex,
    /// A noun that needs a verb of agreeing, signing or forming before it
    /// in its clause ("signed a licensing agreement"), so that "the
    /// licensing deals are" is no event.
    pub needs_verb: bool,
    /// A noun that is only an event with a date in its own clause ("the
    /// suit, filed in 1980"); undated, it is background.
    pub needs_date: bool,
    /// A match that is an idiom, not this event ("settled higher", "a
    /// limited partnership"): given the sentence and the match.
    pub unless: fn(&str, &std::ops::Range<usize>) -> bool,
}

impl Trigger {
    /// This trigger, with matches that `idiom` says are none dropped.
    fn unless(
        self,
        idiom: fn(&str, &std::ops::Range<usize>) -> bool,
    ) -> Trigger {
        Trigger { unless: idiom, ..self }
    }
}

fn t(kind: EventType, frame: Frame, needs_verb: bool, re: &str) -> Trigger {
    Trigger {
        kind,
        frame,
        // ASCII classes and word boundaries keep the lazy DFA small and
        // fast on any text (Unicode ones make it fall back to slower
        // engines); trigger words are English anyway.
        re: regex::RegexBuilder::new(&format!("(?i-u:{re})"))
            .dfa_size_limit(8 << 20)
            .build()
            .expect("trigger compiles"),
        needs_verb,
        needs_date: false,
        unless: |_, _| false,
    }
}

/// A trigger that needs a date in its own clause.
fn dated(kind: EventType, frame: Frame, re: &str) -> Trigger {
    Trigger { needs_date: true, ..t(kind, frame, false, re) }
}

/// Every trigger, most specific first: when two overlap, the earlier wins.
pub(crate) static TRIGGERS: LazyLock<Vec<Trigger>> = LazyLock::new(|| {
    use EventType as E;
    use Frame as F;
    vec![
        // A licence ended early.
        t(
            E::Other,
            F::Partners,
            false,
            r"\b(?:terminat(?:e|es|ed)|cancel(?:s|ed|led)?|revok(?:e|es|ed)|rescind(?:s|ed)?)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?licen[cs](?:e|ing)\s+(?:agreement|deal|pact|contract)s?\b",
        ),
        t(
            E::CrossLicense,
            F::CrossLicense,
            false,
            r"\bcross[- ]?licen[cs](?:e|es|ed)\b(?:\s+(?:agreement|deal|pact))?",
        ),
        t(
            E::CrossLicense,
            F::CrossLicense,
            true,
            r"\bcross[- ]?licen[cs]ing\s+(?:[\w-]+\s+)?(?:agreement|deal|pact|arrangement)\b",
        ),
        t(
            E::LicenseRenewal,
            F::License,
            false,
            r"\b(?:renew(?:s|ed)?|extend(?:s|ed)?|upgrad(?:e|es|ed))\s+(?:(?:its|their|the|a)\s+)?(?:[\w()-]+\s+){0,4}licen[cs](?:e|ing)(?:\s+(?:agreement|deal|pact))?\b",
        ),
        t(
            E::LicenseRenewal,
            F::License,
            true,
            r"\blicen[cs](?:e|ing)\s+(?:renewal|extension)\b",
        ),
        t(
            E::LicenseRenewal,
            F::License,
            true,
            r"\b(?:extension|renewal)s?\s+(?:of|to)\s+(?:(?:its|their|the|a|an|his|her)\s+)?(?:[\w-]+\s+){0,3}?licen[cs](?:e|ing)(?:\s+(?:agreement|deal|pact))?\b",
        ),
        t(E::JointVenture, F::Partners, true, r"\bjoint[- ]venture\b"),
        t(
            E::BusinessUnit,
            F::Actor,
            false,
            r"\b(?:creat(?:e|es|ed)|form(?:s|ed)?|establish(?:es|ed)?|set(?:s)?\s+up|launch(?:es|ed)?|spun\s+up)\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:business\s+)?(?:unit|division|subsidiary|arm)\b",
        ),
        t(
            E::SupplyDeal,
            F::Supply,
            true,
            r"\b(?:deal|agreement|contract|order)s?\s+to\s+(?:provide|supply|deliver|build|deploy)\b",
        ),
        t(
            E::SupplyDeal,
            F::Supply,
            true,
            r"\bsupply\s+(?:deal|agreement|contract)\b",
        ),
        t(
            E::SupplyDeal,
            F::Buy,
            false,
            r"\b(?:purchas(?:e|es|ed)|buy(?:s)?|bought|order(?:s|ed)?)\s+(?:[\w-]+\s+){0,3}?(?:equipment|gear|infrastructure|hardware|base\s+stations|network\s+products|chips|components|modems|servers)\b",
        ),
        t(
            E::SupplyDeal,
            F::Supply,
            false,
            r"\b(?:provid(?:e|es|ed)|suppl(?:y|ies|ied)|deliver(?:s|ed)?)\s+(?:(?:[\w\x22'-]|“|”|’)+\s+){0,5}?(?:equipment|products|infrastructure|gear|systems|base\s+stations|chips|chipsets|modems|hardware|networks?)\b|\bsales\s+of\s+(?:[\w-]+\s+){0,3}?(?:equipment|products|infrastructure|gear|systems|chips|chipsets)\s+by\b",
        )
        .unless(supply_noun),
        t(
            E::License,
            F::License,
            false,
            r"\b(?:acquir(?:e|es|ed)|obtain(?:s|ed)?|receiv(?:e|es|ed)|took|tak(?:e|es|en)|secur(?:e|es|ed)|gets?|got)\s+(?:from\s+\w+\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?licen[cs]e\b",
        ),
        t(
            E::License,
            F::License,
            false,
            r"\b(?:will\s+be|was|were|has\s+been|have\s+been|had\s+been)\s+licen[cs]ed\s+(?:to|from)\b",
        ),
        t(
            E::Partnership,
            F::Partners,
            false,
            r"\bagree[sd]?\s+to\s+(?:cooperate|collaborate|partner|work\s+together)\b",
        ),
        t(
            E::Partnership,
            F::Partners,
            true,
            r"\b(?:partnership|alliance|collaboration|collaborative\s+agreement|cooperation\s+agreement|strategic\s+cooperation)\b",
        )
        .unless(partnership_firm),
        t(
            E::Partnership,
            F::Partners,
            false,
            r"\b(?:partner(?:s|ed)?\s+with|team(?:s|ed)?\s+up\s+with)\b",
        ),
        t(
            E::License,
            F::License,
            true,
            r"\b(?:patent\s+)?licen[cs](?:e|ing)\s+(?:agreement|deal|pact|arrangement|contract)s?\b",
        ),
        t(
            E::License,
            F::License,
            true,
            r"\b(?:patent|technology|multi-year|royalty-bearing|new|global|worldwide)\s+(?:patent\s+)?licen[cs]e\b",
        ),
        t(
            E::License,
            F::License,
            false,
            r"\b(?:will|to|agreed\s+to|has|have|had|also)\s+(?:also\s+)?licen[cs](?:e|es|ed)\b|\blicen[cs](?:es|ed)\s+(?:its|their|the)?\s*(?:[\w-]+\s+){0,2}?(?:patents?|technolog(?:y|ies)|portfolio|IP)\b|\blicen[cs](?:es|ed)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:products?|drugs?|compounds?|rights|designs?|software|brand|trademarks?|formula|process)\b",
        ),
        t(
            E::Settlement,
            F::Settle,
            false,
            r"\bsettl(?:e|es|ed)\b|\bsettlement\s+(?:ends|ended|ending|resolves|resolved|closes)\b|\b(?:dismiss(?:es|ed)?|drop(?:s|ped)?|withdr(?:ew|aw|awn))\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?(?:pending\s+|outstanding\s+|ongoing\s+)?(?:law)?(?:suits?|litigation|claims|complaints?|case)\b|\b(?:come|came|comes|coming)\s+to\s+terms\b|\bend(?:s|ed)?\s+(?:(?:a|the|their|its|all)\s+)?(?:[\w-]+\s+){0,2}?(?:dispute|litigation|lawsuits?|legal\s+battle|feud)\b",
        )
        .unless(settle_idiom),
        t(E::Settlement, F::Settle, true, r"\bsettlement\b").unless(settle_idiom),
        t(
            E::Lawsuit,
            F::Sue,
            false,
            r"\b(?:counter-?)?su(?:e|es|ed)\b|\bfil(?:e|es|ed)\s+(?:a\s+|an\s+|multiple\s+|several\s+|two\s+|new\s+)?(?:patent\s+)?(?:(?:infringement\s+)?(?:law)?suits?|complaints?|claims?|actions?|petitions?)\b|\b(?:lodged|brought)\s+(?:a\s+)?(?:complaint|suit|case)\b|\b(?:launched|initiated|started|began)\s+(?:an?\s+)?arbitration\b|\bcountersued\b",
        ),
        dated(
            E::Lawsuit,
            F::Sue,
            r"\b(?:dispute|feud|legal\s+battle|legal\s+fight|litigation|patent\s+war)\s+(?:that\s+|which\s+)?(?:started|began|erupted|flared\s+up)\b",
        ),
        // An agency opening an investigation (the clause must name one).
        t(
            E::Other,
            F::Rule,
            false,
            r"\b(?:announced|said|decided)\s+(?:that\s+)?it\s+(?:would|will)\s+investigate\b|\b(?:launched|opened|began|started|instituted|initiated)\s+(?:an?\s+)?(?:formal\s+|antitrust\s+|patent\s+)?(?:investigation|probe|inquiry)\b|\bvoted\s+to\s+investigate\b",
        ),
        // Moves in a licensing fight, when the clause dates them:
        // royalties stopped, products pulled from a rival's shelves.
        dated(
            E::Other,
            F::Actor,
            r"\b(?:stop(?:s|ped)?|ceas(?:e|es|ed)|halt(?:s|ed)?|suspend(?:s|ed)?|withh(?:eld|olds?))\s+(?:(?:its|their|all|the|making|paying)\s+){0,2}(?:royalty\s+|licen[cs]e\s+|licensing\s+)?(?:payments|royalties)\b|\b(?:pull(?:s|ed)?|remov(?:e|es|ed))\s+(?:(?:[\w'-]|’)+,?\s+){0,6}?from\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,4}?(?:stores|shelves)\b",
        ),
        dated(
            E::Lawsuit,
            F::Sue,
            r"\b(?:law)?suits?,?\s+(?:against|filed|initiated|brought)\b|\b(?:case|complaint|action)s?,?\s+(?:initiated|filed|brought)\b",
        ),
        t(
            E::Ruling,
            F::Rule,
            false,
            r"\b(?:ruled|rules|found\s+that|upheld|overturned|approved|decided\s+to|granted\s+(?:an?\s+)?(?:preliminary\s+)?injunction|issued\s+(?:an?\s+)?(?:preliminary\s+)?injunction|(?:invalidated|struck\s+down)|awarded)\b|\bverdict\b",
        ),
        t(
            E::Acquisition,
            F::Acquire,
            false,
            r"\bacquir(?:e|es|ed)\b|\bbegan\s+acquiring\b|\b(?:began|started|completed|closed|finalized|finalised)\s+(?:the\s+|its\s+)?(?:purchase|acquisition|takeover)(?:\s+process)?\s+(?:of|for)\b|\bacquisitions?\s+of\b|\btakeover\s+of\b|\b(?:bought|buys|purchased)\s+(?:[\w-]+\s+){0,2}?(?:stake|company|business|firm|startup|patents|assets|portfolio)\b",
        ),
        t(
            E::Divestiture,
            F::Sell,
            false,
            r"\b(?:sell|sells|selling|sold|divest(?:s|ed|ing)?)\s+(?:off\s+)?(?:(?:[\w'-]|’)+\s+){0,4}?(?:business|businesses|unit|division|stake|subsidiary|operations|assets|patents|brand|arm|holdings?|shares|portfolio)\b|\bdivestiture\s+of\b|\bsp(?:u|i)n(?:s)?\s+off\b",
        ),
        t(
            E::Investment,
            F::Invest,
            false,
            r"\binvest(?:s|ed)?\s+(?:(?:[\w$.,-]|€|£)+\s+){0,4}?in\b|\binvestment\s+in\b|\btook\s+a\s+stake\s+in\b",
        ),
        t(
            E::Appointment,
            F::Employ,
            false,
            r"\b(?:hir(?:e|es|ed)|appoint(?:s|ed)?|nam(?:e|es|ed)\s+(?:[\w.-]+\s+){1,3}?(?:as|its|to)\b|tapp(?:ed)\s|promot(?:e|es|ed)|elect(?:s|ed)?)\b|\b(?:join(?:s|ed)?)\b|\b(?:became|becomes|become|was\s+named|has\s+been\s+named)\s+(?:the\s+|its\s+|a\s+)?(?:new\s+)?(?:ceo|president|chief|chairman|chairwoman|head|director)\b|\b(?:served|serves|has\s+served|had\s+served)\s+as\b|\b(?:held|holds|has\s+held|had\s+held)\s+(?:various\s+|several\s+|senior\s+|a\s+number\s+of\s+|many\s+)?(?:roles|positions|posts|jobs)\b",
        ),
        t(
            E::Departure,
            F::Employ,
            false,
            r"\b(?:steps?\s+down|stepped\s+down|resign(?:s|ed)?|retir(?:e|es|ed)|left\s+the\s+company|leaves\s+the\s+company|fired|ousted|departed|departs)\b",
        ),
        t(
            E::Product,
            F::Actor,
            false,
            r"\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:e|es|ed)|releas(?:e|es|ed))\s+(?:its\s+|a\s+|an\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:phone|smartphone|handset|device|product|service|platform|app|chip|processor|model|drug|vaccine|tablet|laptop|software)s?\b|\b(?:received|won|gets|got|granted)\s+(?:\w+\s+){0,2}approval\b",
        ),
    ]
});

/// Every trigger pattern in one set: a single pass over a sentence tells
/// which triggers to run there (most sentences have none).
pub(crate) static TRIGGER_SET: LazyLock<regex::RegexSet> =
    LazyLock::new(|| {
        // A lazy-DFA cache large enough for the whole set: a small one is
        // rebuilt over and over on a corpus.
        regex::RegexSetBuilder::new(TRIGGERS.iter().map(|t| t.re.as_str()))
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .expect("trigger set compiles")
    });

/// Whether a "settle" or "settlement" trigger is no settlement of a
/// dispute: prices that "settled higher" or "settled at 97", a runner who
/// "had to settle for silver", a family that "settles in London" or a game
/// that "settled into a pattern", "cash-settled" options, and a market's
/// "settlement period" or a "dispute settlement panel". "Settled for $5
/// million", "settled on terms", "settled in 2002" stay settlements.
fn settle_idiom(text: &str, span: &std::ops::Range<usize>) -> bool {
    let word = text[span.clone()].to_ascii_lowercase();
    // "ended a dispute", "came to terms", "dropped the suits": no idiom.
    if !word.starts_with("settl") {
        return false;
    }
    let before = crate::text::tail(&text[..span.start], 5);
    if before.eq_ignore_ascii_case("cash-") {
        return true;
    }
    let after = text[span.end..].trim_start();
    let mut next_words = after
        .split(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':')
        })
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    let next = next_words.next().unwrap_or_default();
    if word.starts_with("settlement") {
        return matches!(
            next.as_str(),
            "services"
                | "service"
                | "procedures"
                | "procedure"
                | "period"
                | "periods"
                | "panel"
                | "panels"
                | "date"
                | "dates"
                | "day"
                | "days"
                | "system"
                | "systems"
                | "price"
                | "prices"
                | "commitments"
                | "bank"
                | "banks"
                | "risk"
        );
    }
    match next.as_str() {
        "into" | "down" | "up" | "higher" | "lower" | "weaker" | "firmer"
        | "stronger" | "steady" | "steadier" | "mixed" | "unchanged"
        | "around" | "above" | "below" | "near" | "at" | "nerves" => true,
        // "help him settle in", "settles in London": to make a home; not
        // "settled in March" or "in court".
        "in" => {
            let place = after[2..].trim_start();
            let month =
                crate::date::MONTHS.iter().any(|m| place.starts_with(m));
            place.is_empty()
                || place.starts_with(['.', ',', ';', ':', '"', ')'])
                || place.starts_with(char::is_uppercase) && !month
        }
        // "settle for second place", "settle for less"; not "settled for
        // $5 million" or "for an undisclosed sum".
        "for" => {
            let rest = after[3..].trim_start().to_ascii_lowercase();
            let money = rest.starts_with(|c: char| {
                c.is_ascii_digit() || "$£€¥".contains(c)
            }) || [
                "an undisclosed",
                "undisclosed",
                "a total",
                "a sum",
                "an amount",
                "a payment",
                "an estimated",
                "about",
                "around",
                "nearly",
                "roughly",
                "some",
            ]
            .iter()
            .any(|w| rest.starts_with(w));
            !money
        }
        _ => false,
    }
}

/// Whether a "partnership" is a kind of firm, not a deal between parties:
/// "a limited partnership set up in May", "a general partnership
/// sponsored by a bank", "partnership units", "a partnership interest"
/// (but "set up a general partnership with Globex" is a deal).
fn partnership_firm(text: &str, span: &std::ops::Range<usize>) -> bool {
    let word = &text[span.clone()];
    if !word.eq_ignore_ascii_case("partnership") {
        return false;
    }
    let before =
        crate::text::tail(&text[..span.start], 12).to_ascii_lowercase();
    let after = text[span.end..].trim_start().to_ascii_lowercase();
    // "set up a general partnership with Globex", "a limited partnership
    // agreement with investors" are deals.
    let deal = after.starts_with("with ") || after.starts_with("agreement");
    (before.ends_with("limited ")
        || before.ends_with("general ")
        || before.ends_with("limited-"))
        && !deal
        || ["units", "unit ", "interest"].iter().any(|w| after.starts_with(w))
}

/// Whether "supply" is the noun: "the excess supply of cheap chips",
/// "a supply of equipment", not "will supply chips".
fn supply_noun(text: &str, span: &std::ops::Range<usize>) -> bool {
    let m = &text[span.clone()];
    let first = m.split_whitespace().next().unwrap_or("");
    first.eq_ignore_ascii_case("supply")
        && m[first.len()..]
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("of ")
}

/// Words just before a trigger that mean it did not (yet) happen.
pub(crate) const HEDGES: &[&str] = &[
    "may",
    "able",
    "might",
    "could",
    "would",
    "should",
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "consider",
    "considers",
    "considering",
    "expect",
    "expects",
    "expected",
    "hope",
    "hopes",
    "hoped",
    "aim",
    "aims",
    "seek",
    "seeks",
    "seeking",
    "want",
    "wants",
    "talks",
    "negotiating",
    "negotiations",
    "proposed",
    "potential",
    "possible",
    "possibly",
    "if",
    "whether",
    "rumored",
    "rumoured",
    "denied",
    "denies",
    "not",
    "never",
    "n't",
    "no",
    "unless",
    "likely",
    "unlikely",
    "reportedly",
    "presumably",
    "instead",
    "apparently",
    "explore",
    "exploring",
    "mulling",
    "eyeing",
    "weighing",
    "poised",
    "set to",
    "nearing",
    "close to",
    "propose",
    "proposes",
    "proposing",
    "discuss",
    "discusses",
    "discussing",
    "offer",
    "offers",
    "offered",
    "offering",
    "bid",
    "bids",
    "attempt",
    "attempts",
    "attempted",
    "attempting",
    "try",
    "tries",
    "tried",
    "trying",
    "unsuccessful",
    "failed",
    "fails",
    "refused",
    "refuses",
    "declined",
    "declines",
    "threaten",
    "threatens",
    "threatened",
    "threatening",
];

/// Verbs that make a deal noun an event ("signed a licensing agreement").
pub(crate) const DEAL_VERBS: &[&str] = &[
    "sign",
    "signs",
    "signed",
    "announce",
    "announces",
    "announced",
    "announcing",
    "form",
    "forms",
    "formed",
    "create",
    "creates",
    "created",
    "reach",
    "reaches",
    "reached",
    "strike",
    "strikes",
    "struck",
    "ink",
    "inks",
    "inked",
    "enter",
    "enters",
    "entered",
    "agree",
    "agrees",
    "agreed",
    "seal",
    "seals",
    "sealed",
    "complete",
    "completes",
    "completed",
    "close",
    "closes",
    "closed",
    "establish",
    "establishes",
    "established",
    "set",
    "launch",
    "launches",
    "launched",
    "unveil",
    "unveiled",
    "finalize",
    "finalized",
    "finalised",
    "conclude",
    "concluded",
    "renew",
    "renewed",
    "extend",
    "extended",
    "fund",
    "funds",
    "funded",
    "secure",
    "secured",
    "won",
    "clinch",
    "clinched",
    "took",
    "take",
    "takes",
    "took",
    "got",
    "get",
    "gets",
    "received",
    "receives",
    "expanded",
    "worked",
    "accepted",
];

/// The word after which a preposition introduces a role.
pub(crate) fn role_after(frame: Frame, prep: &str) -> Option<Role> {
    use Frame as F;
    Some(match (frame, prep) {
        (F::License, "to") => Role::Licensee,
        (F::License, "from") => Role::Licensor,
        (F::License | F::CrossLicense, "with") => Role::Partner,
        (F::Partners, "with" | "and") => Role::Partner,
        (F::Settle, "with" | "between" | "and" | "by") => Role::Partner,
        (F::Buy, "from") => Role::Seller,
        (F::Supply, "to" | "for" | "with") => Role::Buyer,
        (F::Acquire, "from") => Role::Seller,
        // "was acquired by Acme", "the takeover of Globex by Acme".
        (F::Acquire, "by") => Role::Acquirer,
        (F::Sell, "by") => Role::Seller,
        (F::Acquire, "of" | "for") => Role::Target,
        (F::Sell, "to") => Role::Buyer,
        (F::Sue, "against") => Role::Defendant,
        (F::Sue, "by") => Role::Plaintiff,
        (F::Invest, "in") => Role::Target,
        (F::Employ, "at" | "of" | "for" | "with" | "from") => Role::Employer,
        (F::Rule, "against" | "in") => Role::Defendant,
        (F::Rule, "between") => Role::Partner,
        _ => return None,
    })
}

/// The roles of subject and direct object.
pub(crate) fn subject_object_roles(frame: Frame) -> (Role, Role) {
    use Frame as F;
    match frame {
        F::License => (Role::Licensee, Role::Licensor),
        F::CrossLicense => (Role::Licensee, Role::Licensor),
        F::Partners => (Role::Partner, Role::Partner),
        F::Actor => (Role::Actor, Role::Actor),
        F::Buy => (Role::Buyer, Role::Seller),
        F::Supply => (Role::Seller, Role::Buyer),
        F::Acquire => (Role::Acquirer, Role::Target),
        F::Sell => (Role::Seller, Role::Buyer),
        F::Employ => (Role::Employer, Role::Hire),
        F::Sue => (Role::Plaintiff, Role::Defendant),
        F::Rule => (Role::Actor, Role::Defendant),
        F::Invest => (Role::Actor, Role::Target),
        F::Settle => (Role::Partner, Role::Partner),
    }
}
