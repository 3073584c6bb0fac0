softwareSystem "${SOFTWARE_SYSTEM_NAME}" {
    !docs ../../docs
}