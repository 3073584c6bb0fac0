/* A cut-down big bank: systems with containers become groups */
workspace "Big Bank" "Example" {
    !identifiers hierarchical
    model {
        customer = person "Customer" "A customer" "Customer"
        group "Big Bank plc" {
            mainframe = softwareSystem "Mainframe" "Core banking" "Existing System"
            ibs = softwareSystem "Internet Banking" {
                spa = container "Single-Page App" "UI" "Angular" "Web Browser"
                api = container "API" "JSON API" "Java" {
                    signin = component "Sign In" "" "Spring MVC"
                    -> mainframe "Reads from" "XML/HTTPS"
                }
                db = container "Database" "Users" "Oracle" "Database"
                queue = container "Events" "" "Kafka"
                spa -> api "Calls" "JSON/HTTPS"
                api.signin -> db "Reads"
            }
        }
        email = softwareSystem "E-mail" "" "External"
        customer -> ibs.spa "Uses"
        ibs -> email "Sends e-mail using"
        live = deploymentEnvironment "Live" {
            dc = deploymentNode "Data centre" "" "Ubuntu" {
                lb = infrastructureNode "Load Balancer" "" "Elastic Load Balancer"
                apiInstance = containerInstance ibs.api
                deploymentNode "Oracle" "" "Oracle 12c" {
                    containerInstance ibs.db
                }
            }
        }
    }
    views {
        systemLandscape "Landscape" {
            include *
            autoLayout lr
        }
        systemContext ibs "Context" "The context" {
            include *
            autolayout
        }
        container ibs {
            include * email
            exclude element.tag==External
        }
        component ibs.api "Components" {
            include *
        }
        deployment ibs "Live" "Deployment" {
            include *
        }
        dynamic ibs "SignIn" {
            customer -> ibs.spa "Opens"
            ibs.spa -> ibs.api "Signs in"
            autoLayout lr
        }
        styles {
            element "Database" {
                shape cylinder
                background #438dd5
                color #ffffff
            }
            element "Web Browser" {
                shape WebBrowser
            }
            element "Customer" {
                background #08427b
            }
            relationship "Relationship" {
                dashed false
                color #707070
            }
        }
        theme default
    }
}
