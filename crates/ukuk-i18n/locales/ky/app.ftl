# Ukuk — web app texts.

app-title = Ukuk
