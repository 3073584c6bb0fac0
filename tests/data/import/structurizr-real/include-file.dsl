workspace {

    model {
        !include include/model.dsl
    }

}