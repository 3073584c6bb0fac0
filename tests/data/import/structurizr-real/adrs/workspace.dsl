workspace {

    !adrs adrs com.structurizr.example.ExampleDecisionImporter

    model {
        softwareSystem = softwareSystem "Software System" {
            !adrs adrs

            container "Container" {
                !adrs adrs

                component "Component" {
                    !adrs adrs
                }
            }
        }
    }

}