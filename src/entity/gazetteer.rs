//! General word lists: countries with their adjectives, major places, and
//! the capitalized words that are not names. No company names.

/// (country or region, nationality adjective).
pub(crate) const COUNTRIES: &[(&str, &str)] = &[
    ("Afghanistan", "Afghan"),
    ("Argentina", "Argentine"),
    ("Australia", "Australian"),
    ("Austria", "Austrian"),
    ("Belgium", "Belgian"),
    ("Brazil", "Brazilian"),
    ("Britain", "British"),
    ("Bulgaria", "Bulgarian"),
    ("Canada", "Canadian"),
    ("Chile", "Chilean"),
    ("China", "Chinese"),
    ("Colombia", "Colombian"),
    ("Croatia", "Croatian"),
    ("Czech Republic", "Czech"),
    ("Denmark", "Danish"),
    ("Egypt", "Egyptian"),
    ("Estonia", "Estonian"),
    ("Europe", "European"),
    ("Finland", "Finnish"),
    ("France", "French"),
    ("Germany", "German"),
    ("Greece", "Greek"),
    ("Hong Kong", "Hong Kong"),
    ("Hungary", "Hungarian"),
    ("India", "Indian"),
    ("Indonesia", "Indonesian"),
    ("Iran", "Iranian"),
    ("Iraq", "Iraqi"),
    ("Ireland", "Irish"),
    ("Israel", "Israeli"),
    ("Italy", "Italian"),
    ("Japan", "Japanese"),
    ("Kenya", "Kenyan"),
    ("Korea", "Korean"),
    ("South Korea", "South Korean"),
    ("Kuwait", "Kuwaiti"),
    ("Luxembourg", "Luxembourgish"),
    ("Malaysia", "Malaysian"),
    ("Mexico", "Mexican"),
    ("Netherlands", "Dutch"),
    ("New Zealand", "New Zealand"),
    ("Nigeria", "Nigerian"),
    ("Norway", "Norwegian"),
    ("Pakistan", "Pakistani"),
    ("Peru", "Peruvian"),
    ("Philippines", "Philippine"),
    ("Poland", "Polish"),
    ("Portugal", "Portuguese"),
    ("Qatar", "Qatari"),
    ("Romania", "Romanian"),
    ("Russia", "Russian"),
    ("Saudi Arabia", "Saudi"),
    ("Singapore", "Singaporean"),
    ("South Africa", "South African"),
    ("Spain", "Spanish"),
    ("Sweden", "Swedish"),
    ("Switzerland", "Swiss"),
    ("Taiwan", "Taiwanese"),
    ("Thailand", "Thai"),
    ("Turkey", "Turkish"),
    ("Ukraine", "Ukrainian"),
    ("United Arab Emirates", "Emirati"),
    ("United Kingdom", "British"),
    ("U.K.", "British"),
    ("UK", "British"),
    ("United States", "American"),
    ("U.S.", "American"),
    ("US", "American"),
    ("America", "American"),
    ("Venezuela", "Venezuelan"),
    ("Vietnam", "Vietnamese"),
];

/// Cities, states and regions often named in business news.
pub(crate) const PLACES: &[&str] = &[
    "Africa", "Amsterdam", "Asia", "Atlanta", "Austin", "Bangalore", "Barcelona", "Beijing",
    "Berlin", "Boston", "Brussels", "California", "Chicago", "Cupertino", "Dallas", "Delaware",
    "Dubai", "Dublin", "Dusseldorf", "Espoo", "Frankfurt", "Geneva", "Guangzhou", "Hamburg",
    "Helsinki", "Houston", "Illinois", "Istanbul", "Jakarta", "Latin America", "Lisbon",
    "London", "Los Angeles", "Madrid", "Mannheim", "Massachusetts", "Melbourne", "Miami",
    "Middle East", "Milan", "Moscow", "Mountain View", "Mumbai", "Munich", "New Delhi",
    "New Jersey", "New York", "North America", "Oslo", "Paris", "Redmond", "Rome", "San Diego",
    "San Francisco", "San Jose", "Santa Clara", "Seattle", "Seoul", "Shanghai", "Shenzhen",
    "Silicon Valley", "South America", "Stockholm", "Sydney", "Taipei", "Tel Aviv", "Texas",
    "Tokyo", "Toronto", "Vancouver", "Vienna", "Virginia", "Washington", "Wuhan", "Zurich",
];

/// Capitalized words that open sentences or name things that are not
/// parties: function words, months, weekdays, titles.
pub(crate) const NOT_NAMES: &[&str] = &[
    "A", "About", "According", "After", "Again", "Ago", "All", "Also", "Although", "Among",
    "An", "And", "Another", "Any", "Are", "As", "At", "Be", "Because", "Before", "Both",
    "But", "By", "Can", "Could", "Despite", "Did", "Do", "During", "Each", "Earlier",
    "Either", "Even", "Every", "For", "From", "Further", "Had", "Has", "Have", "He", "Her",
    "Here", "His", "How", "However", "I", "If", "In", "Into", "Is", "It", "Its", "Just",
    "Last", "Later", "Like", "Many", "May", "Meanwhile", "More", "Most", "Mr", "Mr.", "Mrs",
    "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Much", "My", "Neither", "Next", "No", "Nor", "Not",
    "Now", "Of", "On", "Once", "One", "Only", "Or", "Other", "Our", "Over", "Per", "Since",
    "So", "Some", "Such", "That", "The", "Their", "Then", "There", "These", "They", "This",
    "Those", "Though", "Through", "Thus", "To", "Today", "Tomorrow", "Under", "Until", "Upon",
    "We", "Were", "What", "When", "Where", "Whether", "Which", "While", "Who", "Why", "Will",
    "With", "Within", "Without", "Yesterday", "Yet", "You", "Your", "January", "February",
    "March", "April", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "CEO", "CFO", "CTO", "COO", "CMO", "President", "Chairman", "Chairwoman",
    "Chief", "Executive", "Officer", "Vice", "Director", "Founder", "Co-founder", "Head",
    "Senior", "Managing", "General", "Counsel", "Spokesman", "Spokeswoman", "Analyst",
    "Photo", "Image", "Read", "Share", "Click", "Follow", "Subscribe", "Sign", "Learn",
    "Discover", "Updated", "Published", "Posted", "Reporting", "Editing", "Q1", "Q2", "Q3",
    "Q4", "AM", "PM", "Inc", "Inc.", "Corp", "Corp.",
];

/// Words ending an organization's name that allow "and" and "of" inside it
/// ("Post and Telecommunication Economy Development Center").
pub(crate) const ORG_HEADS: &[&str] = &[
    "Administration", "Agency", "Alliance", "Association", "Authority", "Bank", "Board",
    "Bureau", "Center", "Centre", "Commission", "Committee", "Company", "Corporation",
    "Council", "Court", "Department", "Foundation", "Fund", "Group", "Holdings", "Institute",
    "Laboratories", "Labs", "Ministry", "Office", "Organization", "Organisation", "Partners",
    "Society", "Technologies", "Trust", "Tribunal", "University",
];

/// Corporate suffixes ("Inc.", "AG").
pub(crate) const SUFFIXES: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "Limited",
    "LLC", "L.L.C.", "LLP", "LP", "plc", "PLC", "AG", "SA", "S.A.", "SE", "NV", "N.V.",
    "BV", "B.V.", "GmbH", "AB", "Oy", "Oyj", "ASA", "KK", "SpA", "S.p.A.", "Pty", "Holdings",
];

/// Job titles that mark the person next to them.
pub(crate) const TITLES: &[&str] = &[
    "president", "ceo", "chief", "chairman", "chairwoman", "chair", "director", "founder",
    "co-founder", "head", "executive", "officer", "vice", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "manager", "partner", "counsel", "attorney", "lawyer", "judge",
    "minister", "secretary", "professor", "engineer", "boss", "leader",
];

/// Nationality adjective of a country, region or place name, if known.
pub(crate) fn nationality_of_place(name: &str) -> Option<&'static str> {
    COUNTRIES.iter().find(|(c, _)| *c == name).map(|(_, a)| *a)
}

/// Whether a word is a nationality adjective.
pub(crate) fn is_nationality(word: &str) -> bool {
    COUNTRIES.iter().any(|(_, a)| *a == word)
}

/// Whether a name is a known country, region or place.
pub(crate) fn is_place(name: &str) -> bool {
    PLACES.contains(&name) || COUNTRIES.iter().any(|(c, _)| *c == name)
}
