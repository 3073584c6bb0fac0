workspace {

    model {
        !include https://raw.githubusercontent.com/structurizr/dsl/master/src/test/dsl/include/model.dsl
    }

}