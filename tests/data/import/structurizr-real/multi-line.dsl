workspace {

    model {
        softwareSystem = \
            softwareSystem \
            "Software \
            System"
    }
    
}