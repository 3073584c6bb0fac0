workspace {
    model {
        !include parts/people.dsl
        !include ../bigbank.dsl
        !include https://example.com/model.dsl
        !include missing.dsl
        a -> b "Talks to"
    }
}
