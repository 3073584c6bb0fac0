element "Person" {
    color #ffffff
    fontSize 22
    shape Person
}
element "Customer" {
    background #08427b
}
element "Bank Staff" {
    background #999999
}