workspace {

    model {
        user = person "你好 Usér 🙂"
    }

}