//! The longest text the plain dialogue keeps in an answer: [`MAX_ANSWER_CHARS`], the limit
//! every reader of answer sheets holds to, so that what is handed in can be read.

use crate::activity::validate::MAX_ANSWER_CHARS;
use crate::answer::Answer;
use crate::text::{keep_chars, thousands};

/// Cuts a typed text to the limit; the number of characters it had when it was over.
pub(super) fn cut(text: &mut String) -> Option<usize> {
    keep_chars(text, MAX_ANSWER_CHARS)
}

/// What the student is told when a text of `chars` characters was cut to the limit.
pub(super) fn cut_message(chars: usize) -> String {
    format!(
        "An answer may have at most {} characters, and this one had {}: the first {} are kept, the last {} left out.",
        thousands(MAX_ANSWER_CHARS),
        thousands(chars),
        thousands(MAX_ANSWER_CHARS),
        thousands(chars - MAX_ANSWER_CHARS)
    )
}

/// Cuts every text of an answer kept from before (written when no limit held) to the
/// limit; the number of characters each text cut had.
pub(super) fn cut_kept(answer: &mut Answer) -> Vec<usize> {
    answer.texts_mut().into_iter().filter_map(cut).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Response;

    #[test]
    fn every_text_of_a_kept_answer_is_cut_to_the_limit() {
        let long = "é".repeat(MAX_ANSWER_CHARS + 5);
        let mut answer = Answer {
            response: Response::Report {
                cover: [("to".to_string(), long.clone())].into(),
                sections: [("a".to_string(), "short".to_string())].into(),
                decision: None,
            },
            follow_up: [("why".to_string(), long.clone())].into(),
            ..Answer::default()
        };
        assert_eq!(cut_kept(&mut answer), [MAX_ANSWER_CHARS + 5; 2]);
        let Response::Report {
            cover, sections, ..
        } = &answer.response
        else {
            unreachable!()
        };
        assert_eq!(cover["to"].chars().count(), MAX_ANSWER_CHARS);
        assert_eq!(sections["a"], "short");
        assert_eq!(answer.follow_up["why"].chars().count(), MAX_ANSWER_CHARS);
        assert!(cut_kept(&mut answer).is_empty());
    }
}
