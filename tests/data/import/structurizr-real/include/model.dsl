softwareSystem = softwareSystem "Software System" {
    !docs docs
}