//! Which alternatives are weak.

use super::*;

#[test]
fn common_words_the_question_and_weak_stems_are_weak() {
    assert!(weakness("time", "Why?").is_some());
    assert!(weakness("last", "Why?").is_some());
    assert!(weakness("buy time", "Why?").is_none());
    assert!(weakness("Rapallo", "Why?").is_none());
    assert!(weakness("Germany", "Why did Stalin choose Germany?").is_some());
    assert!(weakness("Munich", "Why did Stalin choose Germany?").is_none());
    assert!(weakness("deter*", "Why?").is_some());
    assert!(weakness("gen*", "Why?").is_some());
    assert!(weakness("appease*", "Why?").is_none());
    assert!(weakness("photosynthes*", "Why?").is_none());
    // As the marker finds it: in another form of its negation, a word or two apart.
    let ill = "What does a vaccine contain, and why doesn't it make you ill?";
    assert!(weakness("does not make you ill", ill).is_some());
    assert!(weakness("cannot reproduce", ill).is_none());
}

#[test]
fn a_number_whose_sign_the_matcher_drops_is_weak() {
    for shown in ["$9", "15%", "£60,000", "+2"] {
        let (message, _) = weakness(shown, "Why?").expect(shown);
        assert!(message.contains("only the number"), "{message}");
    }
    for shown in ["9.0 magnitude", "$9 billion of aid", "C++", "1939"] {
        assert!(weakness(shown, "Why?").is_none(), "{shown}");
    }
}
