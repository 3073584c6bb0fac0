workspace {

    model {
        person "User"
    }

    views {
        systemLandscape {
        }

        systemLandscape {
        }

        systemLandscape {
        }
    }

}