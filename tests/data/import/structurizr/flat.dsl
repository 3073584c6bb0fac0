workspace {
    !const SYSTEM "Shop"
    model {
        u = person "User"
        s = softwaresystem "${SYSTEM}" {
            web = container "Web" "" "Go"
            q = container "Orders queue" "" "RabbitMQ"
            web -> q "Publishes"
        }
        u -> web "Browses"
        u -> s "Buys from"
        !docs docs
        !script groovy {
            workspace.name = "x"
        }
    }
    views {
        dynamic * {
            {
                {
                    u -> web "Opens"
                }
                {
                    u -> s "Pays"
                }
            }
        }
    }
}
