"""The focuscheck domain: values, rules and calculations, free of any UI or storage."""
