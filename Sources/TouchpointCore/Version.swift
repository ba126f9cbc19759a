public enum TouchpointVersion { public static let string = "0.1.0" }
