workspace {
    model {
        a = person "A"
        a -> nobody "Calls"
        a = person "Again"
        s = softwareSystem "S" {
            -> a
        }
        x = widget "Thing"
        -> a
        "unterminated
        !weird
    }
    views {
        systemContext missing {
            include *
        }
        deployment * "Nowhere" {
        }
        filtered base include "Tag"
    }
